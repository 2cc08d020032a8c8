"""A table of agreement expressions read from the released A pages and corpus blind 15 (session 17).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``to_be_discussed``: an instrument that "will be discussed", "would be discussed" or "is
  to be discussed" at talks or during a visit is on the table, not yet signed: planned, as one
  that "was discussed" is, and its sides are those the sentence before, else the story's lead,
  names (a leader's visit to another state: the visitor's and the host's);
- ``regression``: near misses the library already read right and must keep (an instrument
  signed before and "discussed again", a topic with no instrument word to be discussed, an
  instrument that "was discussed").
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "to_be_discussed",
        "The Chilean president arrived in Peru on Monday for a three-day stay. Officials said a"
        " new fisheries agreement would be discussed during the visit.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "to_be_discussed",
        "A sharp rise in tourism is expected from the Norwegian premier's trip to Iceland, a"
        " ministry official said. Tourist arrivals rose 12 pct last year, Icelandic data show."
        " Norwegian aides said hydropower projects and an energy treaty would be discussed during"
        " the trip.",
        ["treaty planned ISL,NOR - 1"],
    ),
    (
        "to_be_discussed",
        "Kenya and Uganda will hold talks in Nairobi next week. A rail protocol is also to be"
        " discussed, diplomats said.",
        ["protocol planned KEN,UGA - 1"],
    ),
    (
        "to_be_discussed",
        "Ghana and Togo opened border talks on Tuesday. A customs memorandum will be discussed at"
        " the session, officials said.",
        ["memorandum planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in 2021. The agreement will be discussed again"
        " at the talks.",
        ["agreement signed CHL,PER 2021 1"],
    ),
    (
        "regression",
        "The Chilean president arrived in Peru on Monday. Regional security will be discussed"
        " during the visit.",
        [],
    ),
    (
        "regression",
        "Kenya and Uganda held talks in Nairobi on Monday. A rail protocol was discussed, diplomats"
        " said.",
        ["protocol planned KEN,UGA - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_upper_a_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
