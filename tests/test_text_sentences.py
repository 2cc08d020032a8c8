"""Sentence splitting: offsets, abbreviations, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text._sentences import split_sentences

SPLITS = [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Aliyev met Dr. Khan. They talked.", ["Mr. Aliyev met Dr. Khan.", "They talked."]),
    (
        "President Joseph R. Biden, Jr. spoke today.",
        ["President Joseph R. Biden, Jr. spoke today."],
    ),
    (
        "The U.S. Trade deficit grew. It hit a record.",
        ["The U.S. Trade deficit grew.", "It hit a record."],
    ),
    ("It rose 5.5 pct in Jan. 1987. Then fell.", ["It rose 5.5 pct in Jan. 1987.", "Then fell."]),
    (
        '"We agreed," he said. "Good." Then left.',
        ['"We agreed," he said.', '"Good."', "Then left."],
    ),
    ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    ("Did they meet? Yes! In 2021.", ["Did they meet?", "Yes!", "In 2021."]),
    ("lower. case after stop stays", ["lower. case after stop stays"]),
    ("It ended the war.US envoys met.", ["It ended the war.", "US envoys met."]),
    ("Talks ended.The sides left.", ["Talks ended.", "The sides left."]),
    ("It made progress.A Turkish envoy came.", ["It made progress.", "A Turkish envoy came."]),
    ("Read more at azernews.Az", ["Read more at azernews.Az"]),
    ("See www.example.com for more.", ["See www.example.com for more."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("body", "expected"), SPLITS, ids=[s[0][:24] or "empty" for s in SPLITS])
def test_split_sentences(body: str, expected: list[str]) -> None:
    """Each row splits into exactly the expected sentences."""
    assert [s.text for s in split_sentences(body)] == expected


def test_paragraph_numbers() -> None:
    """Sentences know which paragraph they come from."""
    sentences = split_sentences("A one. A two.\n\nB one.\n\n\n\nC one.")
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]


@given(st.text(alphabet=st.sampled_from("ab .?!\n\"'ABC1"), max_size=80))
def test_offsets_are_exact(body: str) -> None:
    """Every sentence is the body slice its offsets name, in order, without overlap."""
    last_end = 0
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= last_end
        last_end = sentence.end
