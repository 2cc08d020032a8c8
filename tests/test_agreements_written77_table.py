"""A table of agreement records kept or dropped by the filters of the mention step (session 77).

Each rejection of the agreements step was switched off in turn and every visible set scored
(the blind keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys, the written
articles W1-W1500, W1441-W1500 newly released, and our own pages); the one filter whose
release raised the summed score of the sets other than the owners' corpus key, narrowed to
the shape where its rejection was wrong, has rows here. A row is a text and the records it
gives, in the agreement row notation (``agreement_rows``). Every text is invented. The
classes:

- ``own_sides_between``: an instrument told signed or to be signed "between" the signers' own
  sides, named by a possessive ("signed a declaration on cooperation between their mountain
  districts", "signed a X Agreement between our two countries"), is an instrument of the
  sides the sentence or the story tells, not one of a group described from outside;
- ``regression``: near misses that must stay as they are: a deal between a group described
  from outside ("between warring neighbours"), an instrument between the signers' own sides
  with no signing told ("the first tax treaty between our two nations", "the accord between
  their peoples"), an instrument between their state bodies (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "own_sides_between",
        "Chancellor Weber of Austria visited Slovenia on Tuesday. The two leaders signed a"
        " declaration on cooperation between their mountain districts and agreed to open a joint"
        " office for seasonal workers.",
        ["declaration signed AUT,SVN 2023-05-09 1"],
    ),
    (
        "own_sides_between",
        "Today in Accra, the defence ministers of Ghana and Togo signed a Maritime Security"
        " Agreement between our two countries. The ministers also discussed border patrols.",
        ["agreement signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "own_sides_between",
        "Ghana and Togo held talks in Lome on Monday. The foreign ministers are expected to sign"
        " a memorandum on fisheries between their coastal villages in June.",
        ["memorandum planned GHA,TGO 2023-06 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. Analysts said only a lasting deal between"
        " warring neighbours could end the feud.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. This is the first tax treaty between our"
        " two nations, and it will help traders on both sides.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. The ministers praised the spirit of the"
        " accord between their peoples.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. The foreign ministers are expected to sign"
        " a memorandum on fisheries between their coastal agencies in June.",
        ["memorandum planned GHA,TGO 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written77_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
