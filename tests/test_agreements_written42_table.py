"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors on dates and on documents that are never made, in
the written articles W1-W1140 (session 42), the released blind keys corpus blind 11 to 18, the
owners' keys and our own pages: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``denied_making``: a document whose making the sentence refuses or makes a condition ("would
  not sign any new accord", "refused to sign a deal", "unless a deal is reached", "talks ended
  without (reaching an) agreement") is no record; a signing done "without any fanfare", one to
  come, or a made one a state refuses to sign ("refused to sign the X") stays;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "denied_making",
        "Chile held talks with Peru on Monday. The Chilean minister said Chile would not sign"
        " any fishing agreement that left the quota unchanged.",
        [],
    ),
    (
        "denied_making",
        "The Kenyan senate on Tuesday urged the cabinet to recall its envoy from Ghana unless a"
        " deal on cocoa prices was reached by June.",
        [],
    ),
    (
        "denied_making",
        "Experts of Chile and Peru ended two rounds of talks in Lima on Monday without"
        " agreement on the river border.",
        [],
    ),
    (
        "denied_making",
        "Chile and Peru ended three days of talks on a 2024 fisheries accord without reaching a"
        " deal, officials said.",
        ["agreement planned CHL,PER 2024 1"],
    ),
    (
        "denied_making",
        "Chile held talks with Peru on Monday. Peru refused to sign a fishing deal that kept the"
        " old quota.",
        [],
    ),
    (
        "regression",
        "The United States has refused to sign the Kyoto-style climate treaty that Chile and"
        " Peru ratified.",
        ["treaty ratified CHL,PER,USA - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on fisheries on Monday without any fanfare.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks on Monday. The ministers said Chile would sign a fishing"
        " agreement with Peru in June.",
        ["agreement planned CHL,PER 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written42_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
