"""A table of agreement expressions whose false records recur in blind news and corpus keys.

The classes come from the agreement records the keys lack, in the written articles W1-W1140
(session 45), the released blind keys corpus blind 11 to 18 and 20 to 21, the owners' keys and
our own pages: a class has rows here when its errors occur in three different articles or more,
in two sets or more, and a change of the library fixed some of them. Its rows are agreement rows
(``agreement_rows`` says what a row is, how its records are written and when it passes),
matched by ``matches_exact``; every text is invented. The classes:

- ``name_as_owner``: a named instrument told only as the owner of something else ("the X
  Pact's tariff", "the X Convention's annex") or as the attribute of a bloc ("the four X Pact
  countries", "two X Pact members") is background, no signing and no record; the same name
  signed in its sentence, or told again elsewhere, stays;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "name_as_owner",
        "Farm ministers of the four Bergen Pact countries met in Quito on Monday to talk about"
        " grain.",
        [],
    ),
    (
        "name_as_owner",
        "The two ministers agreed to seek a cut in the Bergen Pact's common tariff at the next"
        " council of the group.",
        [],
    ),
    (
        "name_as_owner",
        "Coffee earned more, and cocoa was sold at fixed prices under the Bergen Convention's"
        " cocoa annex.",
        [],
    ),
    (
        "name_as_owner",
        "Bolivia and Peru, two Bergen Pact members, want lower tariffs on grain.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed the Bergen Pact in Lima on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed the Bergen Pact on Monday; its members will meet in June.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile said Peru had violated the Bergen Accord, which the two signed in 1990.",
        ["agreement signed PER 1990 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written45_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
