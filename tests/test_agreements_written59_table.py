"""A table of the parties of agreement records the keys pair with (session 59).

The classes come from the key agreements of the written articles W1-W1320 (the newly
released W1261-W1320 read first), pooled with those of the released blind keys corpus blind
11 to 18 and 20 to 23, the owners' keys and our own pages, that a predicted record of the
same article fits on date but not on status or parties, classed by the step that went wrong:
a class has rows here when its errors occur in three different articles or more, in two sets
or more, and a change of the library fixed some of them. A row is a text and the records it
gives, each in the agreement row notation (``agreement_rows``), matched one to one. Every
text is invented. The classes:

- ``governments_of_the_two``: an instrument signed "between the governments (ministries) of
  the two countries" is the story's two sides', not one between a group of states described
  nor one of the lone state its clause names ("the B President witnessed the signing of four
  agreements between the governments of the two countries");
- ``under_discussion``: an instrument brought in by "a"/"an" as what the sides are (or will
  be) discussing, or have committed to concluding ("are discussing an agreement on X",
  "would discuss a protocol on X", "committed to concluding a treaty on X"), is planned;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "governments_of_the_two",
        "The President of Ghana held talks in Accra on Tuesday with the President of Togo. After"
        " the talks, the Togolese President witnessed the signing of four agreements between the"
        " governments of the two countries.",
        ["agreement signed GHA,TGO 2023-05-09 4"],
    ),
    (
        "governments_of_the_two",
        "Ghana's foreign minister received his Togolese counterpart in Accra on Monday. The two"
        " ministers then watched the signing of an agreement on air services between the"
        " governments of the two countries and a memorandum on culture.",
        ["agreement signed GHA,TGO 2023-05-08 1", "memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "under_discussion",
        "Ghana hosts many students from Togo, and the two countries are discussing an agreement"
        " on the recognition of school diplomas.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "under_discussion",
        "Ghana and Togo committed to concluding a treaty on their sea border before the end of"
        " the year.",
        ["treaty planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo discussed a new agreement on air services, which they signed on Monday.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo discussed the implementation of an agreement on fisheries signed in 2019.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Ghana and Togo are committed to the agreement on fisheries they signed in 2019.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "The prime ministers of Ghana and Togo met in Lome on Monday. Later, the Ghanaian prime"
        " minister attended the signing of a protocol on customs between the ministries of both"
        " countries.",
        ["protocol signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Leaders of the rich industrial nations met in Paris. They said an accord among the"
        " governments of the seven countries was signed on Monday.",
        ["agreement signed - 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks on Monday. An agreement between the governments of rich nations"
        " was signed in Paris last year.",
        ["agreement signed - 2022 1"],  # "signed in Paris last year": a place, then its day
    ),
    (
        "regression",
        "The President of Ghana held talks in Accra on Tuesday with the President of Togo. The two"
        " presidents signed an agreement between the governments of Ghana and Togo on fisheries.",
        ["agreement signed GHA,TGO 2023-05-09 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written59_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row."""
    assert_agreements(cls, text, expected, matches_exact)
