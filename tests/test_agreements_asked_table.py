"""A table of signings asked about, and of the two sides' signing under a modal: to come.

Two ways a signing still to come was misread, found with the generated modality grid
(``tests/test_grid_modality.py``), not in any key:

- ``asked``: a question whose auxiliary opens the sentence and governs a signing verb in its
  base form ("Will A and B sign a deal next month?", "Could the two sides conclude a
  treaty?") asks about a signing in prospect: planned, as the spec has "to be signed". It
  read as signed (the bare "sign" is a signing cue), or gave no record when the verb was
  "conclude" and the sides were the story's two sides;
- ``sides_modal``: "the two sides could / may / should conclude a treaty", with the sides
  named in the sentence before, gave no record: only "sign" or "will / would / to" before
  the verb let the story's two sides be its parties;
- ``regression``: near misses that must stay as they are: a question about an instrument
  signed before ("Will the treaty signed in March survive?"), a question with no signing
  verb of its own, a statement with "will sign" and a passive "could be signed" with no
  signer.

A row is a text and the records it gives, in the agreement row notation
(``agreement_rows``); every text is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "asked",
        "Will Chile and Peru sign a border treaty next month?",
        ["treaty planned CHL,PER 2023-06 1"],
    ),
    (
        "asked",
        "Will Kenya and Uganda conclude a water agreement?",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "asked",
        "Ghana and Togo look to deepen trade ties. Could the two sides conclude a treaty on"
        " transit this year?",
        ["treaty planned GHA,TGO 2023 1"],
    ),
    (
        "asked",
        "Norway and Sweden met in Oslo on Monday. Will the two sides finally sign the"
        " long-awaited fisheries agreement?",
        ["agreement planned NOR,SWE - 1"],
    ),
    (
        "sides_modal",
        "Egyptian and Ethiopian officials met in Cairo on Monday. The two sides could conclude"
        " a treaty on the river next year.",
        ["treaty planned EGY,ETH 2024 1"],
    ),
    (
        "sides_modal",
        "Chilean and Peruvian envoys held talks in Lima. Both sides may finalise an agreement"
        " on fisheries.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "sides_modal",
        "Kenyan and Ugandan ministers met on Monday. The two sides should conclude a"
        " memorandum on water soon, they said.",
        ["memorandum planned KEN,UGA - 1"],
    ),
    (
        "regression",
        "Will the border treaty signed by Chile and Peru in March survive the election?",
        ["treaty signed CHL,PER 2023-03 1"],
    ),
    (
        "regression",
        "Kenya and Uganda will sign a water agreement next month.",
        ["agreement planned KEN,UGA 2023-06 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit treaty on Monday. Will it help trade?",
        ["treaty signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Officials said a fisheries agreement could be signed next year.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_asked_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
