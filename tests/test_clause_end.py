"""The shared full stop that ends a sentence or a clause (``dates.CLAUSE_STOP``).

Rows written for these tests, one per form the review of the month guard named: a month's
abbreviation before its day ("Oct. 18", "Sept. 3", "Jan. 1st") ends nothing, the same
abbreviation before a word ("in Oct. The") and a full month name before a stop do. An
initial's stop ("U.S.") is a stop to the shared pattern: the extractors that must not end
there add their own guard. The property checks that each of the seven local patterns that
pasted ``MONTH_DOT_BEFORE_DAY`` before a full stop finds what its form on the shared pattern
finds, on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text.dates import CLAUSE_STOP, MONTH_DOT_BEFORE_DAY

_CLAUSE_STOP = re.compile(CLAUSE_STOP)

# (id, text, offsets of the full stops that end a sentence or a clause)
ROWS: list[tuple[str, str, list[int]]] = [
    ("month-abbreviation-before-day", "They met on Oct. 18 in Lima.", [27]),
    ("sept-before-day", "Talks open on Sept. 3 in Riga.", [29]),
    ("shouted-abbreviation-before-day", "TALKS ON OCT. 18.", [16]),
    ("abbreviation-before-a-word", "They met in Oct. The talks went on.", [15, 34]),
    ("abbreviation-before-ordinal-day", "Since Jan. 1st they met twice.", [29]),
    ("full-month-name-ends-sentence", "They met in October. The talks went on.", [19, 38]),
    ("initials", "The U.S. delegation left.", [5, 7, 24]),
    ("no-stop", "They met in Lima", []),
]


@pytest.mark.parametrize(("text", "stops"), [row[1:] for row in ROWS], ids=[r[0] for r in ROWS])
def test_clause_stop_table(text: str, stops: list[int]) -> None:
    """The shared pattern matches every full stop but a month's abbreviation's before its day."""
    assert [m.start() for m in _CLAUSE_STOP.finditer(text)] == stops
    assert all(m.group() == "." for m in _CLAUSE_STOP.finditer(text))


# The local forms as the six modules wrote them before the shared pattern (old), and as they
# write them now (new); each keeps its own other stops.
_GUARD = MONTH_DOT_BEFORE_DAY
_FORMS: list[tuple[str, str, str]] = [
    ("agreements._finish._DAY_MONTH_DOT", rf"(?!{_GUARD})\.", rf"(?!{CLAUSE_STOP})\."),
    ("meetings._story._LEAD_STOP", _GUARD + r"[.!?](?=\s)|\n", rf"(?:{CLAUSE_STOP}|[!?])(?=\s)|\n"),
    (
        "meetings._heads._SENTENCE_END",
        rf"(?<!\b[A-Z]){_GUARD}\.(?:\s|\Z)",
        rf"(?<!\b[A-Z]){CLAUSE_STOP}(?:\s|\Z)",
    ),
    (
        "meetings._candidates._QUOTE_OR_STOP",
        _GUARD + r"""[.;:]\s|["“”]|\band\s+(?:there|he|she|they|it|we)\b""",
        rf"""(?:{CLAUSE_STOP}|[;:])\s|["“”]|\band\s+(?:there|he|she|they|it|we)\b""",
    ),
    ("meetings._candidates._STOP", _GUARD + r"\. ", CLAUSE_STOP + " "),
    (
        "meetings._merge._CLAUSE_BETWEEN",
        rf"[;:]|{_GUARD}\.\s|,\s+(?:who|whose|which|where|when|while|but|after|before)\b"
        r"|,\s+and\b(?!\s+(?:the\s+)?[A-Z])",
        rf"[;:]|{CLAUSE_STOP}\s|,\s+(?:who|whose|which|where|when|while|but|after|before)\b"
        r"|,\s+and\b(?!\s+(?:the\s+)?[A-Z])",
    ),
    (
        "meetings._merge._CLAUSE_END",
        rf"[;:]|{_GUARD}\.(?:\s|\Z)|,\s+and\s+(?:the|a|an|he|she|they|it)\b",
        rf"[;:]|{CLAUSE_STOP}(?:\s|\Z)|,\s+and\s+(?:the|a|an|he|she|they|it)\b",
    ),
]
_COMPILED = [(name, re.compile(old), re.compile(new)) for name, old, new in _FORMS]

# Pieces of news text around full stops: months, their abbreviations (shouted too), days,
# initials, the other stops the local patterns keep.
_WORDS = "Oct OCT October Sept SEPT Sep Jan May Nov Dec U S 18 3 1st The the and he who Lima met"
_MARKS = [".", ".", ". ", " ", "  ", "\n", ";", ":", "!", "?", '"', "“", "”", ",", ", and "]
_PIECES = st.sampled_from(_WORDS.split() + _MARKS)
_TEXTS = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60))


@given(text=_TEXTS)
def test_shared_pattern_agrees_with_old_local_forms(text: str) -> None:
    """Each local pattern on the shared stop finds what its old pasted form found."""
    for name, old, new in _COMPILED:
        old_spans = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in new.finditer(text)] == old_spans, name
    guarded = [m.span() for m in re.finditer(_GUARD + r"\.", text)]
    assert [m.span() for m in _CLAUSE_STOP.finditer(text)] == guarded
