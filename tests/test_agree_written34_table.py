"""A table of agreements only judged unlikely (session 34).

An instrument that is the subject of its clause and is judged unlikely or improbable ("a full
agreement was now unlikely", "a trade agreement between A and B looked improbable") is only
imagined: no record, as a meeting judged unlikely is none. The class came from the released
blind set W1951-W1980 (a negotiator's "a full agreement was now unlikely before the ministerial
conference" read as an agreement signed); every text here is invented. Rows are agreement rows
(``agreement_rows`` says how they are written and when they pass):

- ``judged_unlikely``: the instrument judged unlikely, with or without a verb of being, with its
  sides after it or none;
- ``served_state_no_signer``: a state that is the object of the instrument's purpose after it
  ("signed an agreement to help C with its debts", "to include C and D in their customs
  union") is served by it, not a signer, when the signers are named before it (as a state
  goods are routed to already was);
- ``regression``: near misses that must stay as they are (the same instrument signed, one to be
  signed, an unlikely event beside a signed instrument).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "judged_unlikely",
        "Diplomats said a trade agreement between Peru and Chile was unlikely this year.",
        [],
    ),
    (
        "judged_unlikely",
        "The director-general admitted that a full agreement was now unlikely before the"
        " ministerial conference in Lima in December.",
        [],
    ),
    (
        "judged_unlikely",
        "A fisheries accord between Norway and Iceland looked improbable before the elections.",
        [],
    ),
    (
        "regression",
        "Diplomats said a trade agreement between Peru and Chile was signed in Lima on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1 | -"],
    ),
    (
        "regression",
        "Peru and Chile will sign a trade agreement in Lima next month, diplomats said.",
        ["agreement planned CHL,PER 2023-06 1 | -"],
    ),
    (
        "regression",
        "Peru and Chile signed a trade agreement in Lima on Monday, although a wider pact looked"
        " unlikely this year.",
        ["agreement signed CHL,PER 2023-05-08 1 | -"],
    ),
    (
        "served_state_no_signer",
        "Peru and Chile signed an agreement in Lima on Monday to help Bolivia with its debts.",
        ["agreement signed CHL,PER 2023-05-08 1 | -"],
    ),
    (
        "served_state_no_signer",
        "Peru and Chile signed an agreement in Lima on Monday to include Bolivia and Ecuador in"
        " their customs union.",
        ["agreement signed CHL,PER 2023-05-08 1 | -"],
    ),
    (
        "regression",
        "Peru, Chile and Bolivia signed an agreement in Lima on Monday to help their fishermen.",
        ["agreement signed BOL,CHL,PER 2023-05-08 1 | -"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written34_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
