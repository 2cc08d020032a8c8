"""A table of instruments the story's two states hold, told with a year of their own (session 91).

Found in the written articles W571-W600 and W1321-W1350 (and, with the year told after
"since" or the sides told by their talks, in W61-W90 and W1621-W1650), scored against every
visible set (the blind keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys,
the written articles W1-W1680 and our own pages). A row is a text and the records it gives,
in the agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``year_held``: an unnamed instrument dated by a year of its own before the story's ("a
  1977 accord", "the 2012 cooperation agreement"), with no status cue and no state in its
  sentence, which that sentence tells the story's two states holding ("the two countries
  would revive", "called on both governments to implement", "their governments want to
  update") is theirs, signed that year;
- ``regression``: near misses that must stay as they are: the leaders or ministers of the
  two states speaking of such an instrument ("the two presidents discussed the 2016 peace
  accord": one state's accord with its rebels, say), a year of the story's own ("the 2023
  accord" in a 2023 story), an instrument with no year, a sentence that names a state (read
  before), and a signing told (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

_LEAD = "Chile and Peru agreed on Monday to reopen their border crossings. "

TABLE: list[Any] = [
    (
        "year_held",
        _LEAD + "Officials said the two countries would also revive a 1994 accord on joint"
        " fishing in the border waters.",
        ["agreement signed CHL,PER 1994 1"],
    ),
    (
        "year_held",
        _LEAD + "The mediators called on both governments to implement fully the 2011 cooperation"
        " agreement on rail transit.",
        ["agreement signed CHL,PER 2011 1"],
    ),
    (
        "year_held",
        _LEAD + "Their governments also want to update the 2008 memorandum on mine clearance.",
        ["memorandum signed CHL,PER 2008 1"],
    ),
    (
        "regression",
        _LEAD + "The two presidents also discussed the 2016 peace accord and the fight against"
        " drug trafficking.",
        [],
    ),
    (
        "regression",
        _LEAD + "The two countries would also revive the 2023 accord on joint fishing.",
        [],
    ),
    (
        "regression",
        _LEAD + "The two countries would also revive an accord on joint fishing.",
        [],
    ),
    (
        "regression",
        _LEAD + "Chile and Peru would also revive a 1994 accord on joint fishing.",
        ["agreement signed CHL,PER 1994 1"],
    ),
    (
        "regression",
        _LEAD + "The two countries signed an accord on joint fishing in 1994.",
        ["agreement signed CHL,PER 1994 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written91_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
