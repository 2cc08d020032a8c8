"""A table of instruments the agreements reader must (not) find (session 80).

Found in the written articles W121-W150, W691-W720, W811-W840 and W1351-W1380 and the blind
keys of real corpus articles 20 to 26, scored against every visible set (the blind keys of
real corpus articles 11 to 18 and 20 to 26, the owners' keys, the written articles W1-W1560
and our own pages). A row is a text and the records it gives, in the agreement row notation
(``agreement_rows``). Every text is invented. The classes:

- ``agreed_before``: a bare plural "agreements" told as reached earlier, or reached by
  someone ("reviewed the implementation of agreements reached by the two presidents",
  "agreements reached earlier", "compared with agreements reached by A and B"), is what the
  sides agreed on, no document: no record, as "the agreements reached at the summit" was
  already;
- ``signing_officials``: an instrument whose clause names its signers by their names only
  ("Rojas and Paredes signed an agreement", "Luis Paredes and Foreign Minister Ana Rojas
  signed a memorandum"), no state, in a story that tells those officials' states before, is
  of those states;
- ``regression``: near misses that must stay as they are: agreements counted ("two
  agreements reached by"), named ("the Lima accords agreed by"), agreements told signed,
  officials who only discuss an instrument, signers the story gives no state, and a clause
  that names a state of its own ("Japanese envoy Ken Sato").
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
    (
        "signing_officials",
        "SANTIAGO, May 10 - The donor group on Bolivia pledged 2.1 billion dlrs in loans for the"
        " coming year at the end of a two-day meeting here today, the Chilean Foreign Ministry"
        " said. The meeting was chaired by Chilean Foreign Minister Ana Rojas. Bolivian Planning"
        " Minister Luis Paredes led the delegation of his country. Japan pledged the largest"
        " single amount, followed by the World Bank, delegates said. Later in the day, Foreign"
        " Minister Ana Rojas and Luis Paredes signed a memorandum on water projects.",
        ["memorandum signed BOL,CHL 2023-05-10 1"],
    ),
    (
        "signing_officials",
        "On May 8, President Gabriel Boric received in Santiago a delegation led by Peruvian"
        " Foreign Trade Minister Luis Paredes. Chilean Foreign Minister Ana Rojas also attended"
        " the talks. Boric said copper exports to Japan were rising, the ministry noted. Earlier"
        " the same day, Luis Paredes and Foreign Minister Ana Rojas signed an agreement on"
        " visa-free travel for diplomats.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "On May 8, President Gabriel Boric received in Santiago a delegation led by Peruvian"
        " Foreign Trade Minister Luis Paredes. Chilean Foreign Minister Ana Rojas also attended"
        " the talks. Boric said copper exports to Japan were rising, the ministry noted. Earlier"
        " the same day, Paredes and Rojas discussed an agreement on visa-free travel for"
        " diplomats.",
        [],
    ),
    (
        "regression",
        "SANTIAGO, May 10 - The donor group on Bolivia pledged 2.1 billion dlrs in loans for the"
        " coming year at the end of a two-day meeting here today, officials said. Japan pledged"
        " the largest single amount, followed by the World Bank, delegates said. On the"
        " sidelines of the meeting, Smith and Jones signed an agreement on water projects.",
        [],
    ),
    (
        "regression",
        "SANTIAGO, May 10 - The donor group on Bolivia pledged 2.1 billion dlrs in loans for the"
        " coming year at the end of a two-day meeting here today, the Chilean Foreign Ministry"
        " said. The meeting was chaired by Chilean Foreign Minister Ana Rojas. Bolivian Planning"
        " Minister Luis Paredes led the delegation of his country. Japan pledged the largest"
        " single amount, followed by the World Bank, delegates said. On the sidelines of the"
        " meeting, Rojas and Japanese envoy Ken Sato signed an agreement on water projects.",
        ["agreement signed JPN 2023-05-10 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written80_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
