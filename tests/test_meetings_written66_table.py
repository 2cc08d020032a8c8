"""Key meetings the library never made, for the classes read off the written articles and keys.

The key meetings that no predicted record of their article pairs with, nor comes within one
field of, pooled from the written articles W1-W1320, corpus blind 11 to 18 and 20 to 23, the
owners' dev and crawled keys and our read pages, sorted by the step that loses each (issue 9,
session 66). A told table (``meeting_rows`` says what a row is and when it passes), read
with the row's headline; every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- sides-told-collectively: a one-sided mention of talks whose sides the sentence tells only
  as the story's states by their number ("the three countries' ministers plan to meet in
  P") or as a round of the pair's talks ("An earlier round of talks in P") is an
  event between the states the story pairs with its side, when the story gives exactly that
  many; a number that counts other states, or a story with no pair, gives none.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told

D = "2023-06-14"  # a Wednesday

# (class, headline or None, paragraph, the meetings it tells)
TABLE: list[tuple[str, str | None, str, list[Expected]]] = [
    # --- the story's states told by their number --------------------------------------------
    (
        "sides-told-collectively",
        "Chile backs Andean rail link",
        "Chile's senate has approved a treaty with Peru and Bolivia to build a rail corridor "
        "linking the three countries' Pacific ports. Transport ministers of the three "
        "countries plan to meet in Lima in the autumn and settle a building schedule.",
        [("meeting", "planned", ("BOL", "CHL", "PER"), None, None)],
    ),
    (
        "sides-told-collectively",
        "Uruguay, Paraguay and Argentina agree dredging plan",
        "Uruguay, Paraguay and Argentina reached a draft river dredging accord, Uruguayan "
        "officials said. Talks between the three delegations closed in Asuncion on Friday.",
        [("meeting", "held", ("ARG", "PRY", "URY"), None, "2023-06-09")],
    ),
    # --- a round of the pair's talks ---------------------------------------------------------
    (
        "sides-told-collectively",
        None,
        "Ecuador and Colombia have agreed to extend a fishing accord for five years, "
        "Ecuadorean officials said. An earlier round of talks in Quito in March ended without "
        "a deal.",
        [("meeting", "held", ("COL", "ECU"), None, "2023-03")],
    ),
    (
        "sides-told-collectively",
        None,
        "Peru and Chile have agreed to open a second border crossing, Peruvian officials said. "
        "Their next round of negotiations should open in Lima in September.",
        [("meeting", "planned", ("CHL", "PER"), None, "2023-09")],
    ),
    # near misses: a number counting other states than the story's, a round in a story that
    # pairs no states, and the states' number with no meeting of theirs
    (
        "sides-told-collectively",
        "Chile backs Andean rail link",
        "Chile's senate has approved a treaty with Peru and Bolivia on a rail corridor. "
        "Officials from the four countries that share the basin are due to meet in Lima in "
        "the autumn.",
        [],
    ),
    (
        "sides-told-collectively",
        None,
        "Ecuador's banana exports rose in May, officials said. An earlier round of talks in "
        "Quito in March ended without a deal.",
        [],
    ),
    (
        "sides-told-collectively",
        "Chile backs Andean rail link",
        "Chile's senate has approved a treaty with Peru and Bolivia. The three countries' "
        "trade grew by a fifth last year, and Lima wants a meeting soon.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("cls", "title", "text", "expected"),
    TABLE,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TABLE)],
)
def test_meetings_told_written66(
    cls: str, title: str | None, text: str, expected: list[Expected]
) -> None:
    """The paragraph under its headline gives one record per meeting it tells, as the table says."""
    assert_told(cls, D, text, expected, title=title)
