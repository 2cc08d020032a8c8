"""A table of agreement expressions for the rules the agreements ablation changed (session 17).

The ablation neutralised each module-level pattern and word table of the agreements
modules in turn and scored every read set. Its rows are agreement rows
(``agreement_rows`` says what a row is, how its records are written and when it passes),
matched by ``matches_titled`` (a trailing `` | title`` is checked where a row gives one).
The classes:

- ``route_in_sentence``: a named document of a story on two states (or three, told
  "trilateral") whose sentence names no state of its own takes the story's states as its
  sides; a capital that is only part of another name ("the Nairobi-Kampala railway",
  "the Santiago-Lima flights") names no state, so it no longer keeps the document without
  sides, and the years the document covers stay in its title;
- ``regression``: near misses the library already read right and must keep (a third state
  named in the sentence keeps the document without sides: it may be another's).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "route_in_sentence",
        "A trilateral meeting of the foreign ministers of Chile, Peru and Bolivia was held in"
        " Arica on Tuesday. The ministers reviewed the implementation of the trilateral Action"
        " Plan for 2022-2024 and discussed the Lima-La Paz railway.",
        ["plan ratified BOL,CHL,PER - 1 | Action Plan for 2022-2024"],
    ),
    (
        "route_in_sentence",
        "The presidents of Kenya and Uganda met in Kisumu on Friday. They reviewed the"
        " implementation of the Road Map for 2020-2024 and the Nairobi-Kampala railway.",
        ["plan ratified KEN,UGA - 1"],
    ),
    (
        "route_in_sentence",
        "The foreign ministers of Chile, Peru and Bolivia held a trilateral meeting in Arica on"
        " Tuesday. The ministers reviewed the implementation of the trilateral Road Map for"
        " 2022-2024 and the Santiago-Lima flights.",
        ["plan ratified BOL,CHL,PER - 1"],
    ),
    (
        "route_in_sentence",
        "The foreign ministers of Ghana and Togo met in Kara on Monday. They reviewed the"
        " implementation of the Road Map for 2021-2025 and the progress of the Accra-Lome"
        " highway.",
        ["plan ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        "The foreign ministers of Chile, Peru and Bolivia held a trilateral meeting in Arica on"
        " Tuesday. The ministers reviewed the implementation of the trilateral Road Map for"
        " 2022-2024 and the situation in Ecuador.",
        ["plan ratified - - 1"],
    ),
    (
        "regression",
        "The presidents of Kenya and Uganda met in Kisumu on Friday. They reviewed the"
        " implementation of the Road Map for 2020-2024 and relations with Tanzania.",
        ["plan ratified - - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_ablation_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled)
