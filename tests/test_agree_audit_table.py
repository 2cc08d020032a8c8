"""A table of agreement expressions whose errors recur in the blind audit of corpus articles.

The classes come from the agreement errors of the audit's silver key (four blind judges'
verdicts on the library's records for corpus articles no key covers, session 19): a class
has rows here when its errors occur in three different articles or more and a change of
the library fixed it. Its rows are agreement rows (``agreement_rows`` says what a row is,
how its records are written and when it passes), matched by ``matches_any_kind``; every
text is invented. The classes:

- ``business_opening``: a story that opens on a state's consent with its creditor banks,
  bondholders or companies ("A should reach agreement with the lending banks in June on
  fresh credit") tells a later unnamed agreement of that one state ("A wants an agreement
  that lets it grow") as that deal, no instrument between states;
  a consent with a state ("with B"), one whose business words only follow it ("reached
  agreement at talks enabling their airlines to ..."), or a later agreement naming
  another side ("A and C signed an agreement on ports") stays a record;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "business_opening",
        "LIMA, May 9 - The finance minister said Peru should reach agreement with the lending"
        " banks in June on stretching out 2.4 billion dlrs of loans. Peru wants an agreement"
        " that leaves room for 3.5 pct growth in 2024, he told reporters.",
        [],
    ),
    (
        "business_opening",
        "QUITO, May 9 - By July, Ecuador aims to reach agreement with the foreign banks it owes"
        " on 800 mln dlrs of fresh credit. Its central bank chief said Ecuador needs an"
        " agreement that keeps imports paid for.",
        [],
    ),
    (
        "business_opening",
        "LA PAZ, May 9 - Bolivia hopes to reach agreement with the foreign oil companies within"
        " weeks on new gas prices. The energy minister said Bolivia wants an agreement that"
        " keeps prices stable until 2026.",
        [],
    ),
    (
        "regression",
        "Kenya expects to reach agreement with Uganda on a new rail link. Kenya wants an"
        " agreement under which trains can run by 2025.",
        ["agreement planned KEN - 1"],
    ),
    (
        "regression",
        "Chile and Peru reached agreement at talks in Lima enabling their airline companies to"
        " fly new routes. The agreement takes effect in June.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "Ghana's cabinet thinks it can reach agreement with the lending banks within weeks."
        " On Monday, Ghana and Togo signed an agreement on ports.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ecuador reached agreement with its creditor banks last week. Ecuador's president said"
        " he would sign an agreement with Peru on border trade next month.",
        ["agreement planned ECU,PER 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_audit_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
