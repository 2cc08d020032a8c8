"""The shared word-start scan finds, for each step, the places its own scan would find.

The trade and agreement steps once scanned a lower-cased body each, for their own stems;
they now share one scan (:class:`~diplonews.text.WordStarts`). The oracle below is each
step's own scan (:func:`~diplonews.text.word_start_scan`, as they ran it), on generated
texts made of every step's stems glued to the characters that may or may not start a
word, and on any text at all.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from diplonews.agreements._words import _STEM_STARTS as _INSTRUMENT_STARTS
from diplonews.text import WordStarts, lowered, word_start_scan
from diplonews.trade._extract import _STEM_STARTS as _TRADE_STARTS

# Tables whose stems are prefixes of one another's and of the steps' ("trad"/"trade",
# "de"/"deal"), made once: each table made changes the shared scan for every other.
_PREFIXES = WordStarts(("trade", "de", "deal", "exporter", "a"), not_after=".-")
_LONGER = WordStarts(("agreements", "mou", "import", "traded"))
_TABLES = (_TRADE_STARTS, _INSTRUMENT_STARTS, _PREFIXES, _LONGER)

_GLUE = st.sampled_from(
    ["", " ", "\n", ".", "-", "_", "1", "x", "é", "\u212a", "\u0130", "(", "'", "$", "/"]
)
_WORDS = st.sampled_from(
    [
        *sorted({stem for table in _TABLES for stem in table.stems}),
        *("trading", "deals", "memoranda", "untraded", "location.protocol", "a.mou", "dea"),
    ]
)


def _own_scan(table: WordStarts, padded: str) -> list[int]:
    """What the table's step found with a scan of its own (the oracle)."""
    scan = word_start_scan(table.stems, "a-z0-9_" + table.not_after.replace("-", r"\-"))
    return [m.start() for m in scan.finditer(padded)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_GLUE, _WORDS), max_size=25))
@example([(" ", "trade"), (".", "deal"), ("", "mou"), ("-", "de")])
def test_each_table_gets_the_places_of_its_own_scan(parts: list[tuple[str, str]]) -> None:
    """Every table's places in the shared scan are those its own scan finds, in order."""
    padded = " " + "".join(glue + word for glue, word in parts)
    for table in _TABLES:
        assert table.starts(padded) == _own_scan(table, padded)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gets_the_places_of_each_own_scan(text: str) -> None:
    """On any text, lower-cased or not, the shared scan agrees with each table's own."""
    for padded in (" " + text, " " + text.lower()):
        for table in _TABLES:
            assert table.starts(padded) == _own_scan(table, padded)


def test_a_table_made_later_joins_the_scan() -> None:
    """A table made after the shared scan was first used is found too, and the others hold."""
    padded = " the zebra-crossing deal"
    before = _TRADE_STARTS.starts(padded)
    late = WordStarts(("zebr", "cross"))
    assert late.starts(padded) == [4, 10]
    assert _TRADE_STARTS.starts(padded) == before == _own_scan(_TRADE_STARTS, padded)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_lowered_is_the_text_lower_cased_and_padded(text: str) -> None:
    """Each step's own lower-casing and padding, read once: the same strings."""
    assert lowered(text) == (text.lower(), " " + text.lower())


def test_lowered_hands_every_step_the_same_string() -> None:
    """Asked again for the same body, the same string objects (the shared scan hashes once)."""
    body = "Exports rose after the accord."
    lower, padded = lowered(body)
    again = lowered(body)
    assert again[0] is lower
    assert again[1] is padded
