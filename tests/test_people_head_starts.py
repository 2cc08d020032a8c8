"""The sentences of a body searched for a role word skip those the shared word scan rules out.

``diplonews.text._people.person_spans`` reads the places where a role word may start
off the body's shared word scan (``_person_tokens.head_starts``) and searches only the
sentences holding one: the same sentences as searching each, on hand-written and
generated texts.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import _people, _person_tokens, split_sentences


def _searched(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span searched on its own, as before the skip."""
    head = _person_tokens.head_pattern()
    scan = _person_tokens.head_scan()
    return [
        (lo, hi)
        for lo, hi in spans
        if (scan.search(text, lo - 1, hi) if lo else head.search(text, 0, hi))
    ]


# (case, text): written by hand, role words at a sentence's edges and inside words
ROWS = [
    ("plain", "Prices rose. President Ali Demir spoke. Talks ended."),
    ("lower-case", "The talks ended. The president left. A minister came."),
    ("inside-a-word", "Ministers met. Presidents came. Xpresident Y."),
    ("cut-word", "He met the Minist. erial team. Ambassador."),
    ("after-punctuation", "(President Ali) spoke. 'Minister' said. -Envoy came."),
    ("kelvin-sign", "\u212aing Ali spoke. The minister left."),
    ("dotted-i", "\u0130stanbul: President Ali spoke. King Abdullah came."),
    ("curly-quotes", "\u201cPresident Ali\u201d spoke. The \u2018minister\u2019 left."),
    ("no-role", "Prices rose. Markets fell. Rain came."),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[case for case, _ in ROWS])
def test_same_sentences_as_searching_each(case: str, text: str) -> None:
    """The sentences kept are those that a search of each finds a role word in."""
    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert _people.person_spans(text, spans) == _searched(text, spans), case


def test_cut_spans() -> None:
    """Spans that cut words (a role word running past a span's end) keep their answer."""
    text = "The Ministers met the Presidential guard; King Abdullah and kingdoms."
    spans = [(0, 10), (10, 25), (25, 40), (40, 50), (50, len(text))]
    assert _people.person_spans(text, spans) == _searched(text, spans)


_WORDS = st.sampled_from(
    ["President", "president", "PRESIDENT", "Minister", "minister", "King", "kingdom",
     "Mr.", "Ali", "met", "talks", "\u212a", "\u0130", "\u2019", "-", ".", ",", " ", "\n"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=40), st.lists(st.integers(0, 200), max_size=8))
def test_generated_texts(words: list[str], cuts: list[int]) -> None:
    """On texts of role words, other words and separators, cut anywhere, the same spans."""
    text = " ".join(words)
    points = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    spans = [(lo, hi) for lo, hi in itertools.pairwise(points) if lo < hi]
    assert _people.person_spans(text, spans) == _searched(text, spans)
