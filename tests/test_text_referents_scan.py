"""The back-references of a body, found from their openings: what the whole-body searches found.

:func:`~diplonews.text._referents.resolve_references` finds a reference owning a sentence's
opening words by matching at each opening (and after a wire's dateline there), and one after
"to", "from" or "with" from its "the", reading the word before in place. The searches of the
whole body it replaced are the oracle here, on texts made of the words that matter.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews import _regex as re
from diplonews.text import _referents
from diplonews.text._sentences import split_sentences
from diplonews.text.countries import extract_country_mentions

# The searches as they were: every reference owning words, kept at a sentence's opening or
# after a dateline there, and every one after its word.
_OBJECT = re.compile(r"\b(?:to|from|with)\s+(?P<phrase>the\s+" + _referents._WHO + r")\b(?!['’-])")


def _oracle(body: str) -> list[tuple[int, int, str | None]]:
    """(start, end, who) of each reference the whole-body searches found."""
    if "ts " not in body and "he " not in body:
        return []
    sentences = [(s.start, s.end) for s in split_sentences(body)]
    starts = {lo for lo, _ in sentences}
    found = []
    for match in _referents._OWNER.finditer(body):
        at = match.start()
        opening = max((lo for lo, _ in sentences if lo <= at), default=0)
        if at in starts or _referents._DATELINE.fullmatch(body, opening, at) is not None:
            found.append((at, match.end(), match.group("who")))
    for match in _OBJECT.finditer(body):
        found.append((match.start(), *match.span("phrase")[1:], match.group("who")))
    return found


def _found(body: str) -> list[tuple[int, int, str | None]]:
    sentences = [(s.start, s.end) for s in split_sentences(body)]
    found = [(m.start(), m.end(), m.group("who")) for m in _referents._owners(body, sentences)]
    for match in _referents._OBJECT.finditer(body):
        at = _referents._object_word(body, match.start())
        if at >= 0:
            found.append((at, match.end(), match.group("who")))
    return found


_WORDS = [
    "Its", "its", "The", "the", "country's", "kingdom's", "latter's", "Baltic", "state's",
    "state", "country", "kingdom", "latter", "to", "from", "with", "auto", "into", "Chile",
    "Peru", "exports", "rose", "minister", "met", "and", "WASHINGTON,", "May", "5", "(Reuters)",
    "-", "Central", "Asian", "republic", "nation", ".", ",", "\n\n", "_to", "’s", "'s",
]  # fmt: skip
_SEPARATORS = st.sampled_from([" ", "  ", "\n", "\u00a0", ""])


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30), sep=_SEPARATORS)
def test_references_found_as_the_whole_body_searches_found_them(words: list[str], sep: str) -> None:
    """The same references at the same places, on texts of the words they are made of."""
    body = sep.join(words)
    if "ts " in body or "he " in body:  # (else neither reads the body)
        assert _found(body) == _oracle(body)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30))
def test_resolved_references_are_unchanged(words: list[str]) -> None:
    """Resolution reads the same places: a reference's state from the same sentences."""
    body = " ".join(words)
    found = _referents.resolve_references(body, extract_country_mentions(body))
    assert all(body[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_examples() -> None:
    """A dateline's reference, and words that only end in "to" or stand before a "the" in a word."""
    body = "WASHINGTON, May 5 (Reuters) - Its minister said. Peru's imports from the country rose."
    assert [m.text for m in _referents.resolve_references(body, [])] == []  # no state named
    body = "Chile grew. Its exports to the latter and auto the country, clothe country."
    assert [(a, b) for a, b, _ in _found(body)] == [(a, b) for a, b, _ in _oracle(body)]
    assert [body[a:b] for a, b, _ in _found(body)] == ["Its ", "to the latter"]
