"""A table of key agreements in articles where none was made (session 72).

The classes come from the key agreements of articles where the library made no agreement
at all, of the written articles W1-W1440 (the newly released W1381-W1440 read first), pooled
with the released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our
own pages, classed by the step that drops the instrument (``agreements._mention.read_mention``
or, for a mention that refers back, ``agreements._extract._refer_back``): a class has rows
here when its errors occur in three different articles or more, in two sets or more, and a
change of the library fixed some of them. A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented.
The classes:

- ``split_auxiliary``: a signing to come whose auxiliary an adverb splits ("will also sign a
  convention", "would not be signed before the elections") is a planned instrument of the
  sides the story tells, as "will sign" and "would be signed" are;
- ``dated_first``: the story's first instrument told definite, with a signing of its own that
  its sentence dates ("welcomed the agreement amending X that our two governments signed in
  May", "the accord in principle that A reached in April with its creditors") is one of its
  own, not a reference with nothing to refer back to;
- ``regression``: near misses that must stay as they are: a signing only possible ("could be
  signed soon"), a company's contract to come, a split auxiliary of another verb ("would not
  be discussed", "will also visit"), a company's dated deal, a dated "deal" (as often a
  company's), a first instrument with no day.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

LEAD = "Chile and Peru held talks on fisheries in Lima on Monday. "

CALL = (
    "President Boric of Chile held a telephone conversation with President Arce of Bolivia on"
    " Monday. "
)

TABLE: list[Any] = [
    (
        "split_auxiliary",
        LEAD + "Minister Rojas will also sign a convention setting up a joint board for coastal"
        " patrols.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "split_auxiliary",
        LEAD + "Officials said a treaty on river boundaries, long under discussion, would not be"
        " signed before the elections.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "regression",
        LEAD + "Minister Rojas will sign a convention setting up a joint board for coastal"
        " patrols.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "regression",
        LEAD + "Officials said a treaty on river boundaries could be signed soon.",
        [],
    ),
    (
        "regression",
        LEAD + "The firm Andes Fish said it will also sign a contract with a Lima port operator.",
        [],
    ),
    (
        "regression",
        LEAD + "Officials said a treaty on river boundaries would not be discussed.",
        [],
    ),
    (
        "regression",
        LEAD + "Minister Rojas will also visit a convention centre.",
        [],
    ),
    (
        "dated_first",
        CALL + "President Boric welcomed the agreement amending the old railway convention that our"
        " two governments signed in Arica in January, and he pledged to seek its approval by the"
        " senate.",
        ["agreement signed BOL,CHL 2023-01 1"],
    ),
    (
        "dated_first",
        CALL + "President Boric welcomed the accord in principle that Bolivia reached in April with"
        " its official creditors on its debt, and urged it to reach similar terms with"
        " bondholders.",
        ["agreement signed BOL 2023-04 1"],
    ),
    (
        "regression",
        CALL + "They praised the memorandum on the joint survey of the Lauca river basin, signed in"
        " Arica in March 2022, and talked about the steps to carry it out.",
        ["memorandum signed BOL,CHL 2022-03 1"],
    ),
    (
        "regression",
        CALL
        + "President Boric welcomed the deal that Bolivia reached in April with its creditors.",
        [],
    ),
    (
        "regression",
        CALL + "President Boric welcomed the agreement that the two firms signed in January.",
        [],
    ),
    (
        "regression",
        CALL + "President Boric welcomed the agreement on the railway, signed by the two rail"
        " companies in January.",
        [],
    ),
    (
        "regression",
        CALL + "President Boric said the agreement would help both economies.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written72_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
