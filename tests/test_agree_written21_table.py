"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1-W30 (session 21,
written in the manner of the corpus by a writer who never ran the library) pooled with the
released blind keys corpus blind 17 and 18 and the audit's silver-tune: a class has rows here
when its errors occur in three different articles or more, in two sets or more, and a change
of the library fixed it. Its rows are agreement rows (``agreement_rows`` says what a row is,
how its records are written and when it passes), matched by ``matches_any_kind``; every text
is invented. The classes:

- ``accord_holders``: the sides a story tells holding to a named instrument are its parties
  also when the clause refers to them without naming them ("The two leaders recalled the X
  Treaty", "Both ministers reaffirmed their commitment to the X Convention", "The two
  countries remain committed to the X Accord", "Both ministers recalled the X Accord"):
  they are the pair the story tells, and the pair that recalls an instrument of theirs
  upholds it as one that honours or reaffirms it does;
- ``regression``: near misses that must stay as they are (a pair that only discusses an
  instrument, "recalled that", a subject naming more than the two sides, a lone official,
  and states named as recalling an instrument, which ``test_agreements_stories`` keeps
  without sides).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "accord_holders",
        "President Ruiz of Chile held a call on Monday with Peru's President Castillo. The two"
        " leaders recalled the 1929 Lima Treaty, which they said still anchors peace on the"
        " border.",
        ["treaty signed CHL,PER 1929 1"],
    ),
    (
        "accord_holders",
        "Ecuador's foreign minister received his Colombian counterpart in Quito on Thursday."
        " Both ministers recalled the Quito Accord of 1998 on river transport.",
        ["agreement signed COL,ECU 1998 1"],
    ),
    (
        "accord_holders",
        "Ghana's foreign minister met her Togolese counterpart in Accra on Tuesday. Both"
        " ministers reaffirmed their commitment to the Volta Basin Convention, her ministry"
        " said.",
        ["treaty signed GHA,TGO - 1"],
    ),
    (
        "accord_holders",
        "Kenya and Tanzania held talks in Arusha on Friday on fishing quotas. The two countries"
        " remain committed to the Lake Victoria Fisheries Accord, officials said.",
        ["agreement signed KEN,TZA - 1"],
    ),
    (
        "accord_holders",
        "Prime Minister Larsen of Norway received Iceland's premier in Oslo on Monday. The two"
        " heads of government have long honoured the Capelin Stocks Agreement.",
        ["agreement signed ISL,NOR - 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile held a call on Monday with Peru's President Castillo. The two"
        " leaders discussed the Paris Agreement and the Lima Treaty.",
        # two named instruments, each its own record (tests/test_agreements_written90_table.py);
        # the pair that only discusses them gives neither a party
        ["agreement signed - - 1", "treaty signed - - 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile held a call on Monday with Peru's President Castillo. The two"
        " leaders recalled that the Lima Treaty settled the border in 1929.",
        ["treaty signed - - 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile held a call on Monday with Peru's President Castillo. Officials"
        " said the two leaders and Bolivia's envoy recalled the Lima Treaty.",
        ["treaty signed - - 1"],
    ),
    (
        "regression",
        "Bolivia's president spoke of the sea at a rally. Bolivia recalled the 1904 Treaty of"
        " Peace and Friendship in a note on Tuesday.",
        ["treaty signed - 1904 1"],
    ),
    (
        "regression",
        "Chile's minister met his counterpart from Peru on Monday. He recalled the Lima Treaty"
        " of 1929.",
        ["treaty signed - 1929 1"],
    ),
    (
        "regression",
        "Chile's minister met his counterpart from Peru on Monday. The two ministers signed a"
        " memorandum on fisheries.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written21_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
