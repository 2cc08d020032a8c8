"""A table of instruments the agreements reader must (not) find (session 80).

Found in the written articles W691-W720 and W1351-W1380 and the blind keys of real corpus
articles 20 to 26, scored against every visible set (the blind keys of real corpus articles
11 to 18 and 20 to 26, the owners' keys, the written articles W1-W1560 and our own pages). A
row is a text and the records it gives, in the agreement row notation (``agreement_rows``).
Every text is invented. The classes:

- ``agreed_before``: a bare plural "agreements" told as reached earlier, or reached by
  someone ("reviewed the implementation of agreements reached by the two presidents",
  "agreements reached earlier", "compared with agreements reached by A and B"), is what the
  sides agreed on, no document: no record, as "the agreements reached at the summit" was
  already;
- ``regression``: near misses that must stay as they are: agreements counted ("two
  agreements reached by"), named ("the Paris accords agreed by the five"), one agreement
  reached by the sides, and agreements told signed.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "agreed_before",
        "The foreign ministers of Chile and Peru met in Lima on Friday. They reviewed the"
        " implementation of agreements reached by the two presidents.",
        [],
    ),
    (
        "agreed_before",
        "Chile's trade minister received a delegation from Peru on Monday. The parties"
        " considered the course of implementation of agreements reached earlier and discussed"
        " cooperation in transport.",
        [],
    ),
    (
        "agreed_before",
        "Chile's barter trade is still small compared with agreements reached by Peru, Bolivia"
        " and Ecuador, traders said.",
        [],
    ),
    (
        "regression",
        "The foreign ministers of Chile and Peru met in Lima on Friday. They reviewed two"
        " agreements reached by the two presidents last year on fishing and on ports.",
        ["agreement signed CHL,PER 2022 2"],
    ),
    (
        "regression",
        "The minister said the February 22 Lima accords agreed by Chile and Peru should serve"
        " as a basis for the new mechanism.",
        ["agreement signed - 2023-02-22 1"],
    ),
    (
        "regression",
        "Chile and Peru signed agreements on fishing and ports in Lima on Friday.",
        ["agreement signed CHL,PER 2023-05-05 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written80_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
