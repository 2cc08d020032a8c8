"""A table of agreements folded into one record on a renewal sought (session 70).

The classes come from the key agreements that would pair with a record we made that was
already paired with another key agreement (two instruments of one story read as one), over
the written articles W1-W1380 (the newly released W1321-W1380 read first), pooled with the
released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages,
classed by the step that made them one record and by what tells the two apart in the text: a
class has rows here when its errors occur in three different articles or more, in two sets
or more, and a change of the library fixed some of them. A row is a text and the records it
gives, each in the agreement row notation (``agreement_rows``). Every text is invented. The
classes:

- ``renewal_sought``: a renewal or widening of an instrument told as sought ("pressing for a
  renewal of the X Agreement, which lapsed", "talks on renewing a pact which expires",
  "to discuss widening the agreement") is a planned instrument of its own beside the one in
  force or lapsed, with its sides (or, for a members' pact, the states seeking it);
- ``regression``: near misses that must stay as they are: a renewal told done ("welcomed the
  renewal of the X agreement, which the two governments signed in January"), an extension
  only favoured, talks on a new agreement that replaces one running out, and talks on
  renewing an instrument read as planned itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "renewal_sought",
        "Officials said Ghana was pressing for a renewal of the International Cocoa Agreement,"
        " which lapsed in 1989.",
        ["agreement signed - - 1", "agreement planned GHA - 1"],
    ),
    (
        "renewal_sought",
        "LOME, May 9 - Ghana and Togo opened two days of talks in Lome on Tuesday on renewing a"
        " fishing pact covering coastal waters, which expires in December, officials said.",
        ["agreement signed GHA,TGO - 1", "agreement planned GHA,TGO - 1"],
    ),
    (
        "renewal_sought",
        "Ghana and Togo signed a fishing agreement in 2019. The two ministers met on Tuesday to"
        " discuss widening the agreement so that it covers inland waters.",
        ["agreement signed GHA,TGO 2019 1", "agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo welcomed the renewal of the fishing agreement, which the two governments"
        " signed in January.",
        ["agreement signed GHA,TGO 2023-01 1"],
    ),
    (
        "regression",
        "Delegates said Ghana and Togo favoured extending the current fishing accord, reached in"
        " Lome last December.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo will open talks on a new fishing agreement to replace the accord that"
        " runs out in May.",
        ["agreement planned GHA,TGO - 1", "agreement ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo will open talks in Lome next week on renewing a fishing agreement"
        " covering coastal waters.",
        ["agreement planned GHA,TGO - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written70_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
