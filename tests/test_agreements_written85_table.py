"""A table of instruments the keys have and the extractor missed (session 85).

Found in the written articles W811-W840, W901-W930 and W1471-W1500 (``in_force_replaced``),
W121-W150, W211-W240 and W1441-W1470 (``leaders_framework``), and W61-W90, W631-W660,
W1291-W1320 and W1531-W1560 (``partners_listed``), scored against every visible set (the
blind keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys, the written
articles W1-W1620 and our own pages). A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``in_force_replaced``: after an instrument still to be made ("will negotiate a new
  fisheries agreement", "talks on renewing their accord"), a definite one told as the one
  before it ("the current accord lets 200 boats fish", "since the previous pact lapsed", "the
  old pact capped the duties") is another instrument, the one already made: signed, of the
  sides of the one to replace it unless its own phrase names others. It used to be read as
  the planned one told again;
- ``leaders_framework``: an unnamed framework that the story's leaders are to sign ("The
  leaders ... are expected to sign a framework on X") or whose conclusion is their own aim
  ("their shared goal of concluding a framework on X") is an instrument to come between the
  story's sides: planned. It used to be dropped, as an unnamed framework is one only where
  the sentence tells whose it is;
- ``partners_listed``: an unnamed plural whose partners a list after "with" names, held by
  its side ("Chile already has free trade agreements with A, B and C") or told still being
  made after the list ("similar agreements with A, B and C were being negotiated"), is one
  instrument with each partner. It used to be dropped as a plural naming no instrument in
  particular ("the implementation of agreements");
- ``regression``: near misses that must stay as they are: the one in force told by its term
  alone ("the current accord expires in May", still the instrument told), "the current
  accord" after one already signed (the same one), "the new accord" after a planned one (the
  same one), and "the previous accord between A and B" (its own sides, as before); a
  framework only discussed, one a company is to sign, and one "our governments" agreed to
  negotiate in a story of many states (no record, as before); plurals with listed partners
  whose talks are only hoped for ("hoped to start talks on similar deals with A and B") or
  only reviewed (no record, as before). (A plural the side "has to conclude" with A and B
  was such a row; it is now one planned instrument with each, as the keys read it.)
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "in_force_replaced",
        "Chile and Peru will open talks in Lima next week on a new fisheries agreement. The"
        " current accord lets about 200 boats fish in Peruvian waters.",
        ["agreement planned CHL,PER - 1", "agreement signed CHL,PER - 1"],
    ),
    (
        "in_force_replaced",
        "Norway and Iceland will negotiate a new fisheries agreement in Oslo. About 300 boats"
        " have been idle since the previous accord lapsed last year.",
        ["agreement planned ISL,NOR - 1", "agreement signed ISL,NOR - 1"],
    ),
    (
        "in_force_replaced",
        "Ghana and Togo will meet in Accra on Monday to negotiate a new border trade pact. The"
        " old pact capped the duties traders paid at the crossing.",
        ["agreement planned GHA,TGO - 1", "agreement signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Chile and Peru will open talks in Lima next week on a new fisheries agreement. The"
        " current accord expires at the end of the year.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in Lima on Monday. The current accord lets"
        " about 200 boats fish in Peruvian waters.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru will open talks in Lima next week on a new fisheries agreement. The new"
        " accord would let about 200 boats fish in Peruvian waters.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Morocco and the European Union initialled a new fisheries agreement on Monday. The"
        " previous bilateral fishing accord between Morocco and Spain lapsed last year.",
        ["agreement planned MAR - 1", "agreement signed ESP,MAR - 1"],
    ),
    (
        "leaders_framework",
        "President Lopez of Chile will host President Castro of Peru in Santiago next week. The"
        " leaders will discuss maritime security and are expected to sign a framework on lithium"
        " supply chains.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "leaders_framework",
        "President Lopez of Chile spoke by phone with President Castro of Peru on Monday. They"
        " discussed their shared goal of concluding a framework on digital trade by the end of"
        " the year.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "regression",
        "President Lopez of Chile will host President Castro of Peru in Santiago next week. The"
        " ministers will discuss a framework on lithium supply chains.",
        [],
    ),
    (
        "regression",
        "President Lopez of Chile will host President Castro of Peru in Santiago next week. The"
        " company is expected to sign a framework on lithium supply.",
        [],
    ),
    (
        "regression",
        "The leaders of Chile, Peru, Ecuador and Colombia met in Lima. Our governments also"
        " agreed to negotiate a new framework on the movement of health workers.",
        [],
    ),
    (
        "partners_listed",
        "Peru already has free trade agreements with Chile, Mexico and Canada, officials said.",
        [
            "agreement signed CHL,PER - 1",
            "agreement signed MEX,PER - 1",
            "agreement signed CAN,PER - 1",
        ],
    ),
    (
        "partners_listed",
        "Egypt said agreements with France and Spain are being negotiated.",
        ["agreement planned EGY,FRA - 1", "agreement planned EGY,ESP - 1"],
    ),
    (
        # (was a "regression" row with no record, kept "as before"; the keys read a plural
        # still to be concluded with listed partners as planned instruments: see
        # tests/test_grid_agrrecall.py, class ``tomake``)
        "partners_listed",
        "Peru has to conclude similar agreements with Chile and Mexico.",
        ["agreement planned CHL,PER - 1", "agreement planned MEX,PER - 1"],
    ),
    (
        "regression",
        "Officials in Lima said they hoped to start talks on similar deals with Chile and Mexico"
        " soon.",
        [],
    ),
    (
        "regression",
        "The ministers reviewed agreements with Chile and Mexico.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written85_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
