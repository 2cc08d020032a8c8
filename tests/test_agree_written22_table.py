"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1-W120 (sessions 21 and
22, four writers of thirty articles each, written in the manner of the corpus by writers who
never ran the library) pooled with the released blind keys corpus blind 17 and 18 and the
audit's silver-tune: a class has rows here when its errors occur in three different articles
or more, in two sets or more, and a change of the library fixed it. Its rows are agreement
rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_any_kind``; every text is invented. The classes:

- ``parliament_approval``: a legislature's approval of an instrument ratifies it, also when
  the news tells it as the consent it gave ("the Senate gave its advice and consent to the
  X", "providing its advice and consent today to the X") or as a participle right after the
  instrument ("the X agreement, passed last year by Congress");
- ``regression``: near misses that must stay as they are (a consent still to be given, a
  time that "has passed", a plain signing).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "parliament_approval",
        "The Senate on Tuesday gave its advice and consent to the extradition treaty with Peru,"
        " clearing the way for its entry into force.",
        ["treaty ratified PER - 1"],
    ),
    (
        "parliament_approval",
        "I thank the Senate for granting its advice and consent to the Treaty on Maritime"
        " Boundaries with Chile, a step I welcome.",
        ["treaty ratified CHL - 1"],
    ),
    (
        "parliament_approval",
        "The upper house provided its advice and consent yesterday to the convention on double"
        " taxation between the United States and Ghana.",
        ["treaty ratified GHA,USA - 1"],
    ),
    (
        "parliament_approval",
        "Minister Ruiz said the fisheries accord with Peru, passed last year by Congress, had cut"
        " disputes at sea.",
        ["agreement ratified PER - 1"],
    ),
    (
        "parliament_approval",
        "The trade agreement between Chile and Peru, passed in March by both parliaments,"
        " removes duties on grain.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "The Senate must still give its advice and consent to the extradition treaty with Peru.",
        ["treaty signed PER - 1"],
    ),
    (
        "regression",
        "A year has passed since Chile and Peru signed the fisheries accord.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "The deadline for the trade agreement between Chile and Peru, passed on Monday without"
        " a deal, officials said.",
        ["agreement signed CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written22_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
