"""Letters and exchanges of notes that carry a loan or credit are no instrument between states.

The spec (section 3) makes no agreement of a loan; "an exchange of notes on a 20 billion yen
loan" is the loan's paperwork, while "an exchange of notes on technical cooperation" is an
instrument (kind ``other``). Rows are invented sentences with the kinds they tell.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import extract_text

ROWS = [
    ("Japan and Kenya signed an exchange of notes on a 20 billion yen loan for a port.", []),
    ("Japan and Ghana signed an exchange of notes concerning yen credits.", []),
    ("Korea and Laos signed an exchange of notes for a loan of 30 million dollars.", []),
    ("The two governments signed a letter of intent on a credit line of 40 million euros.", []),
    ("Japan and Kenya signed an exchange of notes on technical cooperation.", ["other"]),
    ("Spain and Chile signed a letter of intent on cooperation in renewable energy.", ["other"]),
    (
        "Japan and Peru signed an exchange of notes on the loan's repayment schedule.",
        ["other"],
    ),
]


@pytest.mark.parametrize(("text", "kinds"), ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_loan_notes(text: str, kinds: list[str]) -> None:
    """The row's agreements are exactly the kinds it names."""
    found = extract_text(text, published=dt.date(2024, 5, 15)).agreements
    assert [a.kind.value for a in found] == kinds, (text, found)
