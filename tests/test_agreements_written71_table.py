"""A table of second instruments of a list lost (session 71).

The classes come from the key agreements left unpaired beside an instrument of the same
sentence that was read, of the written articles W1-W1380 (the newly released W1321-W1380
read first), pooled with the released blind keys corpus blind 11 to 18 and 20 to 23, the
owners' keys and our own pages, classed by the step that drops the second item: a class has
rows here when its errors occur in three different articles or more, in two sets or more,
and a change of the library fixed some of them. A row is a text and the records it gives, in
the agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``adopted_beside_signing``: a plan, programme or road map adopted in a sentence that tells
  another instrument signed ("signed a memorandum on X and adopted a work plan for Y", "a road
  map for X was adopted, and the protocol of the session was signed", "signed a memorandum
  and approved a programme of Z") is a plan of the same sides;
- ``regression``: near misses that must stay as they are: a plan adopted in a sentence with no
  signing, a signing told in the sentence before, a plan launched by one state beside the
  sides' signing, a programme "agreed on" (a goal, maybe no document).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

LEAD = "Ghana and Togo held the second session of their joint commission in Lome on Monday. "

TABLE: list[Any] = [
    (
        "adopted_beside_signing",
        LEAD + "The two sides signed a memorandum on cooperation in fisheries and adopted a joint"
        " work plan for 2024 on coastal patrols.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "plan signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "adopted_beside_signing",
        LEAD + "Following the session, a road map for the development of cross-border trade for"
        " 2024-2026 was adopted, and the protocol of the session was signed.",
        ["plan signed GHA,TGO 2023-05-08 1", "protocol signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "adopted_beside_signing",
        LEAD + "The two sides also signed a memorandum on the upkeep of the border posts and"
        " approved a programme of cultural exchanges for 2024.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "plan signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        LEAD + "The two sides also signed a memorandum on the upkeep of the border posts and"
        " agreed on a programme to double trade by 2026.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        LEAD + "Ghana's cabinet adopted a plan to curb inflation.",
        [],
    ),
    (
        "regression",
        LEAD + "The two sides signed a memorandum on cooperation in fisheries. Ghana's cabinet"
        " later adopted a plan to curb inflation.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        LEAD + "The two sides signed a memorandum on cooperation in fisheries, while Ghana said it"
        " would launch a plan to build ports.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written71_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
