"""A table of instruments whose signing a later sentence tells to come (session 81).

Found in the written articles W1201-W1230 and W1531-W1560, scored against every visible set
(the blind keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys, the written
articles W1-W1560 and our own pages). A row is a text and the records it gives, in the agreement row
notation (``agreement_rows``). Every text is invented. The classes:

- ``reported_signing_to_come``: an instrument told agreed (its terms, its outline, a plan to
  draw it up), of which a later sentence reports that it will be signed ("A spokesman said the
  deal would be signed before the year ends", "The ministers told the press the pact would
  be signed in July"), is planned, dated by the signing to come where it is told;
- ``regression``: near misses that must stay as they are: a signing told done or a step
  other than the signing told to come, another instrument's signing to come, and an
  instrument told reached before its signing is reported to come (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "reported_signing_to_come",
        "Chile and Peru settled the outline of a river-transport deal in Quito on Monday. A"
        " spokesman said the deal would be signed by both heads of government before the year"
        " ends.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru agreed in Arica on Monday to draw up a pact on seasonal workers. The"
        " two labour ministers told the press the pact would be signed in Santiago in July.",
        ["agreement planned CHL,PER 2023-07 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru settled the terms of a customs agreement in Arica on Monday. The two"
        " ministers told journalists the agreement would be signed at a summit in July.",
        ["agreement planned CHL,PER 2023-07 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru agreed the outline of a water-sharing treaty in Arica on Monday. Peru's"
        " foreign ministry announced that the treaty will be signed at a summit in August.",
        ["treaty planned CHL,PER 2023-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a customs agreement in Arica on Monday. A spokesman said a"
        " protocol to the agreement would be signed in June.",
        ["agreement signed CHL,PER 2023-05-08 1", "protocol planned CHL,PER 2023-06 1"],
    ),
    (
        "regression",
        "Chile and Peru settled the outline of a river-transport deal in Quito on Monday. A"
        " spokesman said the deal would be ratified by both parliaments before the year ends.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a customs agreement in Arica on Monday. A spokesman said the"
        " agreement was signed after two years of talks.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru reached a customs agreement in Arica on Monday. A spokesman said the"
        " agreement would be signed in June.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written81_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
