"""A table of instruments held with a year of their own, and of peace deals to come (session 91).

Found in the written articles W571-W600 and W1321-W1350 (and, with the year told after
"since" or the sides told by their talks, in W61-W90 and W1621-W1650) (a year), and W451-W480
and W1171-W1200 (and, its sides told only by the story's calls, corpus blind 14) (a peace
agreement to come), scored against every visible set (the blind keys of real corpus articles
11 to 18 and 20 to 26, the owners' keys, the written articles W1-W1680 and our own pages). A
row is a text and the records it gives, in the agreement row notation (``agreement_rows``).
Every text is invented. The classes:

- ``year_held``: an unnamed instrument dated by a year of its own before the story's ("a
  1977 accord", "the 2012 cooperation agreement"), with no status cue and no state in its
  sentence, which that sentence tells the story's two states holding ("the two countries
  would revive", "called on both governments to implement", "their governments want to
  update") is theirs, signed that year;
- ``peace_goal``: an unnamed peace agreement told with "a" or "any" and no signing of its own
  ("the strong support of A for a lasting B-C peace agreement, and welcomed the progress both
  sides made", "any peace agreement must respect the sovereignty of both countries") is one
  peace talks are to reach: planned, between the two states the story tells in "peace
  negotiations between B and C" when its sentence names none;
- ``regression``: near misses that must stay as they are: the leaders or ministers of the
  two states speaking of such an instrument ("the two presidents discussed the 2016 peace
  accord": one state's accord with its rebels, say), a year of the story's own ("the 2023
  accord" in a 2023 story), an instrument with no year, a sentence that names a state (read
  before), and a signing told (read before); a peace agreement signed in its own clause
  ("..., and signed a peace agreement in 1998"), one in force ("under a peace deal") and "the
  peace agreement" (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

_LEAD = "Chile and Peru agreed on Monday to reopen their border crossings. "
_ENVOY = "The US envoy met the foreign ministers of Chile and Peru in Lima. "

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
        "peace_goal",
        _ENVOY + "They discussed the peace negotiations between Chile and Peru, and the envoy said"
        " the United States stood ready to help. The envoy underscored that any peace agreement"
        " must respect the sovereignty of both countries.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "peace_goal",
        _ENVOY + "The envoy underscored the strong support of the United States for a lasting"
        " Chile-Peru peace agreement, and welcomed the progress both sides made at their talks"
        " in April.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru fought a war in 1995, and signed a peace agreement in 1998.",
        ["agreement signed CHL,PER 1998 1"],
    ),
    (
        "regression",
        "Under a peace deal, Chile and Peru pulled back their troops from the border.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed the peace agreement on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
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
