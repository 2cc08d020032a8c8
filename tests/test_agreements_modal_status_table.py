"""A table of signings told after a modal of obligation or an attempt: still to come.

A signing verb right after "should", "must", "need(s) to" or "trying / attempting to"
("A and B should conclude an agreement", "need to sign a treaty") tells a signing that has
not happened, as "will sign" and "could sign" do. Two ways it read as done: "should" and
"must" were not among the modals before a signing verb, and the attitude cues "need to" and
"attempting to" took the "to" of "to sign" with them, so the bare verb "sign" was the cue
nearest the instrument. A found bug, not a class of errors in the keys: no visible key
record moves (every prediction of every visible set is byte-identical). A row is a text and
the records it gives, in the agreement row notation (``agreement_rows``); every text is
invented. The classes:

- ``modal_to_come``: the signing after such a modal is planned;
- ``regression``: near misses that must stay as they are: a signing done before such a
  modal ("signed ... and now need to implement it"), a signed instrument that "must be
  ratified" (a later step to come, the signing done) and an attempt told beside a signing
  done.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "modal_to_come",
        "Egypt and Ethiopia should conclude an agreement on the river, the minister said.",
        ["agreement planned EGY,ETH - 1"],
    ),
    (
        "modal_to_come",
        "Chile and Peru must sign a border treaty soon, the president told reporters.",
        ["treaty planned CHL,PER * 1"],
    ),
    (
        "modal_to_come",
        "Kenya and Uganda need to sign a new water agreement, officials said.",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "modal_to_come",
        "The minister said Ghana and Togo needed to sign a trade agreement.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "modal_to_come",
        "Norway and Sweden are attempting to sign an energy agreement.",
        ["agreement planned NOR,SWE - 1"],
    ),
    (
        "regression",
        "Egypt and Ethiopia signed an agreement on the river and now need to implement it.",
        ["agreement signed EGY,ETH - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a border treaty on Monday, which must be ratified by parliament.",
        ["treaty signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Uganda, trying to widen trade, signed a water agreement on Monday.",
        ["agreement signed KEN,UGA 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_modal_status_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
