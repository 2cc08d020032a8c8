"""A table of agreement expressions whose status or date the keys give otherwise.

The classes come from the agreement records with the right parties and the wrong status or
date, in the written articles W1-W1140 (session 46), the released blind keys corpus blind 11
to 18 and 20 to 21, the owners' keys and our own pages: a class has rows here when its errors
occur in three different articles or more, in two sets or more, and a change of the library
fixed some of them. Its rows are agreement rows (``agreement_rows`` says what a row is, how
its records are written and when it passes), matched by ``matches_exact``; every text is
invented. The classes:

- ``signing_to_come``: an instrument a story tells only agreed on or prepared, then refers
  back to as still to be signed ("The pact, which would ..., is expected to be signed in
  June") is planned, dated by that later signing; a story that tells it signed keeps it
  signed;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "signing_to_come",
        "Chile and Peru have agreed on the broad outline of a two-way accord to share hake stocks"
        " off their coasts, their envoys said. The accord, which would give Chile 40 pct of the"
        " catch, is expected to be signed in Lima in June after approval by both cabinets.",
        ["agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "signing_to_come",
        "Ghana and Togo ended their talks in Accra on Friday by agreeing to prepare a new"
        " protocol on lower tolls for lorries, officials said. The protocol, which would halve"
        " the tolls on lorries carrying grain, is to be signed when the ministers meet again in"
        " Lome next year.",
        ["protocol planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a two-way accord to share hake stocks off their coasts in Lima on"
        " Monday. The accord, which gives Chile 40 pct of the catch, is expected to be signed"
        " again by the new cabinet in June.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a two-way accord to share hake stocks off their coasts in Lima on"
        " Monday. The accord, which would give Chile 40 pct of the catch, is expected to be"
        " ratified by both congresses in June.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo have agreed on the broad outline of a protocol on border tolls, officials"
        " said. The protocol, which would halve the tolls on lorries, will take effect in June.",
        ["protocol signed GHA,TGO - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written46_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
