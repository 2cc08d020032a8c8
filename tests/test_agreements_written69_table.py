"""A table of agreement statuses read wrongly on implementation and ratification (session 69).

The classes come from the key agreements our records missed or made on a wrong status, of
the written articles W1-W1380 (the newly released W1321-W1380 read first), pooled with the
released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages,
classed by the step that sets the status: a class has rows here when its errors occur in
three different articles or more, in two sets or more, and a change of the library fixed
some of them. A row is a text and the records it gives, each in the agreement row notation
(``agreement_rows``). Every text is invented. The classes:

- ``implementation_going_on``: an instrument whose implementation is told as going on is in
  force, ratified: "the X Agreement, which both governments continue to implement", and "the
  implementation of" before a name in quotes ("ongoing implementation of the “X Agreement”")
  as before a bare name;
- ``ratification_to_come``: an approval or a ratification told as still to come leaves the
  instrument signed: "must still be approved by the parliament", "progress towards ratifying
  the treaty signed in P", and a modal one ("still needs to be approved") does not join a
  later entry into force of the same clause ("before it comes into force") as a signing
  participle would;
- ``regression``: near misses that must stay as they are: states that continue to implement
  reforms after a signing, a ratification to come by a parliament (signed, as before), an
  approval by a parliament told as done, with or without the entry into force after it, a
  signing participle before an entry into force.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "implementation_going_on",
        "The two presidents reviewed fisheries cooperation and ways to make wider use of the"
        " Ghana-Togo Coastal Trade Agreement, which both governments continue to implement.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "implementation_going_on",
        "The Vice President of Ghana met the Togolese foreign minister and discussed ongoing"
        " implementation of the “Coastal Security and Growth Agreement” between the two"
        " countries.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "implementation_going_on",
        "The ministers discussed the implementation of the “Coastal Security and Growth"
        " Agreement” between Ghana and Togo.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "ratification_to_come",
        "Ghana has signed a maritime boundary agreement with Togo, its first with a neighbour in"
        " a decade. The agreement must still be approved by the Ghanaian parliament.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "ratification_to_come",
        "The leaders of Ghana and Togo will also review progress towards ratifying the"
        " fisheries treaty signed in Lome in March between Ghana and Togo.",
        ["treaty signed GHA,TGO 2023-03 1"],
    ),
    (
        "regression",
        "Ghana and Togo continued to implement reforms after they signed a road transport"
        " agreement in 2019.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit agreement in Accra last December, officials said. The"
        " document still needs to be approved by Togo's National Assembly before it comes into"
        " force.",
        ["agreement signed GHA,TGO 2022-12 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit agreement in Accra last December, officials said. The"
        " document was approved by Togo's National Assembly and came into force in April.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
    (
        "regression",
        "The Ghanaian parliament approved the transit agreement with Togo on Tuesday.",
        ["agreement ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit agreement in Accra last December. The agreement, signed"
        " by the two ministers, came into force in April.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written69_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
