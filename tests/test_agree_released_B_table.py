"""A table of agreement expressions read from the released B pages and corpus blind 16 (session 17).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``official_side``: an instrument "to be signed" right after a sentence that names one
  state and an official of another ("President A will visit B", "A met the Chilean
  minister") has those two as its sides: the official's state is the one the story gives
  him, or the state whose office he held that year;
- ``regression``: near misses the library already read right and must keep (two states
  named before, an official of the one state named, one state and no official).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "official_side",
        "President Kassym-Jomart Tokayev will travel to Mongolia next Tuesday. In Ulaanbaatar, he"
        " will meet his counterpart; a cooperation agreement on livestock trade is to be signed.",
        ["agreement planned KAZ,MNG - 1"],
    ),
    (
        "official_side",
        "Chancellor Olaf Scholz arrives in Chile on Friday for a two-day stay. He is to hold talks"
        " with his hosts, and a memorandum on lithium supplies will be signed.",
        ["memorandum planned CHL,DEU - 1"],
    ),
    (
        "official_side",
        "President Emmanuel Macron met the Chilean minister, Ana Ruiz, in Paris. A port agreement"
        " is to be signed.",
        ["agreement planned CHL,FRA - 1"],
    ),
    (
        "official_side",
        "Prime Minister Narendra Modi will pay a state visit to Egypt this month. An"
        " intergovernmental protocol on grain storage is expected to be signed during the stay.",
        ["protocol planned EGY,IND - 1"],
    ),
    (
        "regression",
        "Kenya and Uganda will hold talks next week. A rail agreement is to be signed.",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "regression",
        "Chile's foreign minister, Ana Ruiz, met the Peruvian envoy, Luis Soto, on Monday. A"
        " fisheries treaty is to be signed.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chancellor Olaf Scholz toured a port in Germany on Friday. A memorandum on shipping is"
        " to be signed.",
        [],
    ),
    (
        "regression",
        "Mongolia hosted a regional energy forum on Monday. A grid agreement is to be signed next"
        " year.",
        [],
    ),
    (
        "regression",
        "President Kassym-Jomart Tokayev will travel to Mongolia next Tuesday. Regional security"
        " is to be discussed.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_b_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
