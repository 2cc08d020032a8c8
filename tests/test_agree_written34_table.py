"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W781-W840 (session 34, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W780, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``commercial_word_state_instrument``: a word that marks a company contract ("supply",
  "credit", "loan") does not make one of an instrument the text tells "between" two named
  states or "between the two countries" right after it ("a grain supply agreement between A
  and B", "a new supply agreement between the two countries");
- ``regression``: near misses that must stay as they are (supply deals of companies, a loan
  with a bank, a supply contract of a state firm).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "commercial_word_state_instrument",
        "The grain supply agreement between Chile and Peru, which took effect on January 1, sets"
        " yearly quotas.",
        ["agreement ratified CHL,PER 2023-01-01 1"],
    ),
    (
        "commercial_word_state_instrument",
        "Kenya began paying less for Tanzanian power after a new electricity supply agreement"
        " between the two countries came into force on 1 March, officials in Nairobi said.",
        ["agreement ratified KEN,TZA 2023-03-01 1"],
    ),
    (
        "commercial_word_state_instrument",
        "Under the five-year gas supply accord between Hungary and Romania, signed on Monday,"
        " deliveries will double.",
        ["agreement signed HUN,ROU 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed the Pacific Rim Supply Chain Agreement on Monday.",
        [],
    ),
    (
        "regression",
        "Acme Oil signed a supply deal with Chile on Monday.",
        [],
    ),
    (
        "regression",
        "The oil supply deal between Acme Oil and Zeta Gas was signed on Monday.",
        [],
    ),
    (
        "regression",
        "Chile signed a loan agreement with the World Bank on Monday.",
        [],
    ),
    (
        "regression",
        "The supply contract between the state firm Petrolia and Peru was signed on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written34_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
