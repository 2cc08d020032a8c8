"""Meetings of unseen news, by families of errors (issue 9), seventh round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# The European Council (the EU's summit of leaders) is the EU: a call or a meeting with its
# president is one with the EU, as with the president of the European Commission.
EUROPEAN_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "call-with-the-president-of-the-european-council",
        "Latvian Prime Minister Anna Berzina spoke by phone on Tuesday with the President of "
        "the European Council, Pedro Alvares, the government said.",
        [("call", "held", ["LVA"], "EU", "2023-05-09")],
    ),
    (
        "call-with-european-council-president",
        "Slovak President Jan Holub on Monday held a phone conversation with European Council "
        "President Marta Lind.",
        [("call", "held", ["SVK"], "EU", "2023-05-08")],
    ),
    (
        "met-the-president-of-the-european-council",
        "Moldovan President Ion Rusu met on Tuesday in Chisinau with President of the European "
        "Council Karl Weber.",
        [("meeting", "held", ["MDA"], "EU", "2023-05-09")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in EUROPEAN_COUNCIL],
)
def test_european_council(body: str, expected: list[Brief]) -> None:
    """The European Council's president is the EU's side of a call or meeting."""
    assert briefs_of(body) == expected
