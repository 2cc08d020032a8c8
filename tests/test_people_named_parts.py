"""Telling extract_people the parts that hold a role word changes none of its readings.

The meeting step searches the sentences of a story for role words to choose
the ones to read, and hands :func:`diplonews.text.extract_people` those found
(``named``) instead of letting it search them again. These tests check, on
texts built from role words, names, states and punctuation, that the people
read are the same either way, and that the step's own choice of parts (the
sentences with a role word, and the trigger sentences in any case) gives
``named`` as :func:`person_spans` of its parts would.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.text import extract_people, person_spans
from diplonews.text._sentences import split_sentences

_WORDS = [
    *("President", "Foreign Minister", "minister", "Mr.", "Dr", "Sheikh", "he", "He"),
    *("counterpart", "Crown Prince", "Ambassador", "of", "the", "to", "his", "'s"),
    *("Ali Demir", "Vale", "Omar bin Khalid", "Ana Ruiz", "Erdogan", "Putin", "Tokayev"),
    *("Kazakhstan", "Turkish", "Peru", "Azerbaijani", "EU", "delegation", "headed by"),
    *("met", "said", "spoke", "on Monday", "talks", "and"),
]
_STOPS = [" ", " ", " ", ", ", ". ", ".\n", "; ", " (", ") "]


@st.composite
def _stories(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 30))):
        parts.append(draw(st.sampled_from(_WORDS)))
        parts.append(draw(st.sampled_from(_STOPS)))
    return "".join(parts).strip() + "."


@settings(max_examples=300, deadline=None)
@given(_stories(), st.sampled_from([None, "USA", "KAZ"]), st.sampled_from([None, 2019]))
def test_named_parts_give_the_same_people(text: str, home: str | None, year: int | None) -> None:
    """Reading with ``named`` = person_spans(within) is reading without it."""
    within = [(s.start, s.end) for s in split_sentences(text)]
    named = person_spans(text, within)
    assert extract_people(text, home=home, within=within, year=year, named=named) == (
        extract_people(text, home=home, within=within, year=year)
    )


@settings(max_examples=300, deadline=None)
@given(_stories(), st.data())
def test_the_lead_search_gives_the_parts_search(text: str, data: st.DataObject) -> None:
    """The role-word parts of the lead are the role-word parts of the parts read.

    The parts read are the lead's parts with a role word and the trigger
    sentences (any of the lead's): searching the lead once gives what searching
    the parts read would.
    """
    lead = [(s.start, s.end) for s in split_sentences(text)]
    kept = set(data.draw(st.lists(st.sampled_from(lead), max_size=len(lead))))
    named = person_spans(text, lead)
    spans = sorted(set(named) | kept)
    assert named == person_spans(text, spans)


def test_named_parts_read_the_official() -> None:
    """An official in a part told as named is read; one in a part left out is not."""
    text = "Prices rose. President Ali Demir of Peru spoke."
    within = [(0, 12), (13, len(text))]
    assert [p.name for p in extract_people(text, within=within, named=[(13, len(text))])] == [
        "Ali Demir"
    ]
    assert extract_people(text, within=within, named=[]) == ()
