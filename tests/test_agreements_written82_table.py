"""A table of instruments whose status the instrument told beside them tells (session 82).

Found in the written articles W1411-W1440 and W1471-W1500 (and, in its plural form, in our
page l) (a dated signing), and W301-W330 and W721-W750 (a protocol to its parent), scored
against every visible set (the blind keys of real corpus articles 11 to 18 and 20 to 26, the
owners' keys, the written articles W1-W1560 and our own pages). A row is a text and the
records it gives, in the agreement row notation (``agreement_rows``). Every text is invented.
The classes:

- ``implementing_dated_signing``: one instrument, the object of an implementing told as a
  topic ("reviewed progress in implementing the agreement signed by the two countries in
  2021", "the road map adopted in 2020"), named by its signing or adoption in a year written
  out, is that signing, dated, as it already was after "the implementation of": signed (not
  ratified), of that year;
- ``protocol_to_parent``: the instrument a protocol is told to ("an additional protocol to
  the X Agreement, which the two governments intend to sign", "drafting a protocol to the X
  Agreement") exists: signed, whatever the protocol's status, as it already was for a
  protocol under, amending or extending its parent;
- ``regression``: near misses that must stay as they are: a participle with no year written
  out ("adopted in Lima", "signed in Santiago last year"), a set being implemented ("the 12
  agreements signed in 2021"), an instrument whose own verb tells it in force ("signed in
  2021 is being implemented"), and "the implementation of" (read before); a protocol told
  signed to its parent, one "on amendments to" a parent (no record of the parent), and a
  new agreement told to come (planned).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "implementing_dated_signing",
        "The foreign ministers of Chile and Peru met in Lima on Monday. They reviewed progress in"
        " implementing the fisheries agreement signed by the two countries in 2021.",
        ["agreement signed CHL,PER 2021 1"],
    ),
    (
        "implementing_dated_signing",
        "The ministers of Chile and Peru reviewed progress in implementing the Pacific Fisheries"
        " Roadmap adopted in 2020 and agreed to update it next year.",
        ["plan signed CHL,PER 2020 1"],
    ),
    (
        "implementing_dated_signing",
        "Chile and Peru are implementing the port security memorandum signed on March 3, 2021,"
        " the two ministers said.",
        ["memorandum signed CHL,PER 2021-03-03 1"],
    ),
    (
        "regression",
        "The ministers of Chile and Peru reviewed progress in implementing the Pacific Fisheries"
        " Roadmap adopted in Lima.",
        ["plan ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Argentina are already implementing the glacier accord signed in Santiago last"
        " year.",
        ["agreement ratified ARG,CHL - 1"],
    ),
    (
        "regression",
        "Chile and Peru reviewed progress in implementing the 12 agreements signed in 2021.",
        ["agreement ratified CHL,PER - 12"],
    ),
    (
        "regression",
        "The fisheries agreement signed by Chile and Peru in 2021 is being implemented.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "The ministers of Chile and Peru reviewed the implementation of the fisheries agreement"
        " signed by the two countries in 2021.",
        ["agreement signed CHL,PER 2021 1"],
    ),
    (
        "protocol_to_parent",
        "The presidents of Chile and Peru welcomed the conclusion of negotiations on an additional"
        " protocol to the Pacific Fisheries Agreement, which the two governments intend to sign in"
        " the coming weeks.",
        ["protocol planned CHL,PER - 1", "agreement signed CHL,PER - 1"],
    ),
    (
        "protocol_to_parent",
        "Officials of Chile and Peru have started drafting a protocol to the Andean Transport"
        " Agreement.",
        ["protocol planned CHL,PER - 1", "agreement signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a protocol to their Pacific Fisheries Agreement in Lima on Monday.",
        # (the day is the protocol's signing, the parent's none: test_grid_agreement_status_modal)
        ["protocol signed CHL,PER 2023-05-08 1", "agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru agreed on Monday to negotiate a protocol on amendments to the Pacific"
        " Fisheries Agreement.",
        ["protocol planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru welcomed the conclusion of negotiations on a new Pacific Fisheries"
        " Agreement, which the two governments intend to sign in the coming weeks.",
        ["agreement planned CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written82_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
