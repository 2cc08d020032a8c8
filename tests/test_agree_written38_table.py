"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1021-W1080 (session 38, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W1020, the released blind keys corpus blind 11 to 18,
the owners' keys and our own pages: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``summit_roster``: an instrument that "the leaders", "the Ministers" or "the five
  governments" of a summit adopt is the summit's states' where its opening tells them taking
  part by a host ("hosted the presidents of B, C and D", "hosted his B, C and D
  counterparts"), by a roster ("brings together A, B, C and D", "brought together X of B")
  or by ministers met "together with" another's; a body named only as the setting ("on the
  margins of the X Assembly") does not make it that body's summit;
- ``regression``: near misses that must stay as they are (states named as the signers in the
  instrument's own sentence keep theirs, whatever the summit's roster).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "summit_roster",
        "Today, President William Kamau of Kenya hosted the presidents of the four Andean"
        " states, Peru, Chile, Bolivia and Ecuador, in New York for the inaugural A4+1 Summit,"
        " convened on the margins of the 80th United Nations General Assembly. The presidents"
        " renewed their pledge to keep sea lanes open and talked about port security. As the"
        " summit closed, the leaders endorsed the New York Declaration of the A4+1, a text"
        " setting common goals for trade and energy.",
        ["declaration signed BOL,CHL,ECU,KEN,PER 2023-05-10 1"],
    ),
    (
        "summit_roster",
        "The text below was released by the Governments of Kenya and of the three Andean states"
        " taking part in the A3+1. The Foreign Ministers of Peru, Chile and Bolivia, together"
        " with Kenyan Foreign Minister Jane Wanjiru, met in Lima on May 8 for the fourth"
        " ministerial meeting of the A3+1 platform. The Ministers adopted the A3+1 Port"
        " Roadmap, which sets out steps toward shared customs checks.",
        ["plan signed BOL,CHL,KEN,PER 2023-05-08 1"],
    ),
    (
        "summit_roster",
        "Kenya's foreign minister hosted his Peruvian, Chilean and Bolivian counterparts in"
        " Nairobi on Tuesday for what officials called the first Pacific-Africa corridor meeting."
        " The meeting, chaired by Foreign Minister Jane Wanjiru, brought together Ana Rojas of"
        " Peru, Luis Vera of Chile and Pedro Mamani of Bolivia. Before leaving, the ministers"
        " adopted the Nairobi Declaration on Transit.",
        ["declaration signed BOL,CHL,KEN,PER 2023-05-09 1"],
    ),
    (
        "summit_roster",
        "Farm ministers from five Andean and African states opened a two-day meeting in Lima"
        " today. The conference brings together Kenya, Peru, Chile, Bolivia and Ecuador."
        " Delegates said the five governments would adopt a joint action plan on seed banks on"
        " Thursday.",
        ["plan planned BOL,CHL,ECU,KEN,PER * 1"],
    ),
    (
        "regression",
        "Farm ministers opened a two-day meeting in Lima today. The conference brings together"
        " Kenya, Peru, Chile and Bolivia. On the sidelines, Kenya and Peru signed a memorandum on"
        " seed banks.",
        ["memorandum signed KEN,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "Farm ministers opened a two-day meeting in Lima today. The conference brings together"
        " Kenya, Peru, Chile and Bolivia. Officials said the two governments of Kenya and Peru"
        " would sign a memorandum on seed banks on Thursday.",
        ["memorandum planned KEN,PER 2023-05-11 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written38_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
