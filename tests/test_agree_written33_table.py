"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W721-W780 (session 33, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W720, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``arrangement_with_own_step``: a single new arrangement whose own document step its clause
  tells is an instrument between the sides: signed ("signed a two-year fisheries
  arrangement"), to be concluded ("committed to conclude an implementing arrangement"), under
  negotiation ("negotiations on an arrangement for X", "a similar barter arrangement with B,
  under discussion since May, was still being negotiated"); one whose maker is not read (only
  the partner after "with") gives no record;
- ``regression``: near misses that must stay as they are (arrangements for a visit, security
  or transitional arrangements, plural arrangements after a verb, an arrangement only
  discussed as possible).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "arrangement_with_own_step",
        "Canada and Jamaica signed a two-year fisheries training arrangement worth 4 mln dlrs on"
        " Monday.",
        ["other signed CAN,JAM 2023-05-08 1"],
    ),
    (
        "arrangement_with_own_step",
        "The foreign ministers of Chile and Peru met in Lima on Monday. They also confirmed that"
        " negotiations on an arrangement for the shared use of port facilities are under way.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "arrangement_with_own_step",
        "Kenya and Tanzania committed to conclude an implementing arrangement on lake patrols"
        " by the end of the year.",
        ["other planned KEN,TZA - 1"],
    ),
    (
        "arrangement_with_own_step",
        "Ghana and Brazil signed a barter accord last week. Ghanaian officials said a similar"
        " barter arrangement with Portugal, under discussion since March, was still being"
        " negotiated.",
        ["agreement signed BRA,GHA * 1", "other planned GHA,PRT - 1"],
    ),
    (
        "arrangement_with_own_step",
        "Norway and Iceland agreed on Monday to open formal negotiations on a new long-term herring"
        " arrangement.",
        ["other planned ISL,NOR - 1"],
    ),
    (
        "arrangement_with_own_step",
        "The rise comes at a bad time for Colombia, which is negotiating a new coffee arrangement"
        " with Canada to avoid higher duties.",
        ["other planned CAN,COL - 1"],
    ),
    (
        "regression",
        "Egypt's envoy met Jordan's foreign minister on Monday to finalise arrangements for the"
        " visit.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed security arrangements for the border crossing on Monday.",
        [],
    ),
    (
        "regression",
        "Officials said some sensitive industries such as textiles would get transitional"
        " arrangements.",
        [],
    ),
    (
        "regression",
        "India's trade minister will visit Beijing to discuss a possible free trade arrangement,"
        " although officials say formal negotiations remain some way off.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written33_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
