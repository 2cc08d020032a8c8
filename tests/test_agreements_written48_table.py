"""A table of agreement expressions that tell no instrument made or to be made.

The classes come from the false agreement records in the released corpus keys (corpus blind
11 to 18 and 20 to 23, session 48), the owners' keys, our own pages and the written articles
W1-W1200: a class has rows here when its errors occur in three different articles or more,
in two sets or more, and a change of the library fixed some of them. Its rows are agreement
rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_exact``; every text is invented. The classes:

- ``spoken_of_between``: an indefinite instrument named only by its sides ("only a lasting
  pact between A and B can end the feud", "talk of a pricing pact between A's and B's
  growers") in a sentence with no status cue, signing verb or date is only spoken of: no
  record;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "spoken_of_between",
        "Only a lasting accord between Chile and Peru can settle the quarrel over the hake"
        " grounds, the minister told lawmakers.",
        [],
    ),
    (
        "spoken_of_between",
        "A durable arrangement between Ghana and Togo that respects the rights of fishermen on"
        " both sides can help calm the lagoon.",
        [],
    ),
    (
        "spoken_of_between",
        "Cocoa dealers in Abidjan played down market talk of a pricing pact between Ghanaian and"
        " Ivorian growers.",
        [],
    ),
    (
        "regression",
        "Under a lasting accord between Chile and Peru, Chile sells hake to Peruvian canneries.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "A pact between Chile and Peru could lift their hake trade by a third, a study said.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "A memorandum between the fisheries ministries of Chile and Peru on hake quotas was"
        " signed on the sidelines.",
        ["memorandum signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Ghana secured a loan like one between Togo and Benin in March, officials said.",
        [],
    ),
    (
        "regression",
        "Only a lasting accord between Chile and Peru, signed in Lima in March, can settle the"
        " quarrel over the hake grounds.",
        ["agreement signed CHL,PER 2023-03 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written48_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
