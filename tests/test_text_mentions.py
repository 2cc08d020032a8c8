"""Shared per-body analyses: country mentions by sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text._mentions import body_mentions
from diplonews.text.countries import extract_country_mentions

BODY = "Baku hosted talks. Pakistan and Turkey attended. Nobody else came."

WINDOWS = [
    (0, 18, ["AZE"]),
    (19, 48, ["PAK", "TUR"]),
    (49, 66, []),
    (0, 66, ["AZE", "PAK", "TUR"]),
    (20, 48, ["TUR"]),  # "akistan" cuts the first mention: only whole mentions count
    (19, 30, ["PAK"]),
]


@pytest.mark.parametrize(
    ("start", "end", "codes"), WINDOWS, ids=[f"{s}-{e}" for s, e, _ in WINDOWS]
)
def test_between(start: int, end: int, codes: list[str]) -> None:
    """Only mentions wholly inside the window are returned, with body offsets."""
    found = body_mentions(BODY).between(start, end)
    assert [m.code for m in found] == codes
    assert all(BODY[m.start : m.end] == m.text for m in found)


@given(
    st.lists(st.sampled_from(["Baku", "and", "Japan", "talks.", "Turkey", " ", "x"]), max_size=30),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_between_agrees_with_a_scan(words: list[str], start: int, end: int) -> None:
    """The bisection gives the same mentions as filtering a full scan."""
    body = " ".join(words)
    expected = [m for m in extract_country_mentions(body) if m.start >= start and m.end <= end]
    assert list(body_mentions(body).between(start, end)) == expected
