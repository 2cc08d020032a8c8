"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W361-W420 (session 27, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W360, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_titled``; every text is invented. The classes:

- ``parliament_approval_is_ratification``: a parliament's approval or a ratification told of a
  signed instrument in the same sentence makes it ratified: in a relative clause after the
  signing ("the X, signed in 2022, which has since been ratified by each legislature"), or as
  an approval by the two countries' parliaments ("the Y, approved by both countries'
  parliaments in March, took effect in April");
- ``regression``: near misses that must stay as they are (a step to come in the relative
  clause, one the parliament still has to take, a relative clause that tells no step).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "parliament_approval_is_ratification",
        "Trade between Ghana and Togo rose by a third. The Treaty on Strategic Partnership,"
        " signed in Accra in March 2022, which has since been ratified by each country's"
        " legislature, gave the ties a firm legal basis.",
        ["treaty ratified GHA,TGO - 1 | Treaty on Strategic Partnership"],
    ),
    (
        "parliament_approval_is_ratification",
        "Ties between Chile and Peru rest on the Agreement on Border Trade signed in Lima in"
        " 2019, which has since entered into force.",
        ["agreement ratified CHL,PER * 1 | Agreement on Border Trade"],
    ),
    (
        "parliament_approval_is_ratification",
        "Kenya and Uganda signed a transit agreement in 2020, which was later ratified by both"
        " legislatures.",
        ["agreement ratified KEN,UGA - 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "Ghana's transit agreement with Togo, approved by both countries' parliaments in March,"
        " took effect in April.",
        ["agreement ratified GHA,TGO * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "The fisheries pact between Chile and Peru, approved by both parliaments in the spring,"
        " has lifted catches.",
        ["agreement ratified CHL,PER * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "Kenya and Uganda rely on the Lake Transport Agreement concluded in 2018, which has"
        " since been ratified.",
        ["agreement ratified KEN,UGA - 1 | Lake Transport Agreement"],
    ),
    (
        "parliament_approval_is_ratification",
        "The fisheries pact between Chile and Peru, approved by the two nations' parliaments"
        " last year, has lifted catches.",
        ["agreement ratified CHL,PER * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "Shipping between Chile and Peru grew after the Port Services Agreement signed in Lima"
        " in 2019, which has since been ratified by both sides.",
        ["agreement ratified CHL,PER - 1 | Port Services Agreement"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit agreement on Monday, which both sides hailed as a"
        " milestone.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and China signed a free trade agreement on Monday. The agreement still has to be"
        " approved by Chile's Congress before it can take effect.",
        ["agreement signed CHL,CHN 2023-05-08 1"],
    ),
    (
        "regression",
        "The Agreement on Border Trade that Kenya and Uganda signed in March, which both"
        " parliaments are yet to debate, covers farm goods.",
        ["agreement signed KEN,UGA 2023-03 1 | Agreement on Border Trade"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written27_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
