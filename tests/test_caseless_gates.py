"""The date and period scans' gates, with every case spelt out, find what they found.

(diplonews.text._date_patterns.DATE and diplonews.text.periods._PERIOD: their gate
words were case-blind alternations, now :func:`diplonews.text._trie.caseless_trie`.)
These tests compare each scan with its gate written case-blind again, on
hand-written and generated texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import _date_patterns, periods
from diplonews.text._trie import caseless_trie


def _case_blind(words: tuple[str, ...]) -> str:
    return "(?i:" + "|".join(words) + ")"


def _date_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date scan, and the same with its cue words case-blind."""
    source = _date_patterns.DATE.pattern
    spelt = caseless_trie(_date_patterns._CUE_BEFORE)
    assert spelt in source
    blind = source.replace(spelt, _case_blind(_date_patterns._CUE_BEFORE))
    flags = _date_patterns.DATE.flags
    return re.compile(source, flags), re.compile(blind, flags)


def _period_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The period scan, and the same with its gate words case-blind."""
    source = periods._PERIOD.pattern
    blind = source
    for spelt, words in (
        ("FY|" + caseless_trie(periods._GATE_WORDS), "FY|" + _case_blind(periods._GATE_WORDS)),
        (caseless_trie(["the"]) + r"\s+(?=", r"(?i:the)\s+(?="),
        (caseless_trie(["a"]) + r"\s+(?=", r"(?i:a)\s+(?="),
    ):
        assert spelt in blind
        blind = blind.replace(spelt, words)
    flags = periods._PERIOD.flags
    return re.compile(source, flags), re.compile(blind, flags)


_SCANS = {"date": _date_before(), "period": _period_before()}


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


ROWS = [
    "In May 2021, SINCE March and in the first half of the year; the same period last year",
    "FY2022-23, fiscal 1987 ended March, the Iranian year 1401, nine months of 2021",
    "ſince May, İn June, ın July, the ſame period, the fırst quarter of 2024",
    "Last week, early next month, the day before yesterday, THIS YEAR, past years",
]


@pytest.mark.parametrize("scan", sorted(_SCANS))
@pytest.mark.parametrize("text", ROWS)
def test_spelt_gate_finds_what_the_case_blind_one_found(scan: str, text: str) -> None:
    """Each written row gives the same matches and groups with either gate."""
    spelt, blind = _SCANS[scan]
    assert _found(spelt, text) == _found(blind, text)


_PIECES = st.sampled_from(
    [
        *("the", "The", "THE", "a", "A", "in", "İn", "ın", "since", "ſince", "last", "year"),
        *("same", "ſame", "first", "fırst", "fiscal", "FY", "half", "May", "2021", "of", " "),
        *("-", "period", "months", "nine", "ten", "week", "\n", "x"),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=10))
def test_spelt_gates_find_what_the_case_blind_ones_found(pieces: list[str]) -> None:
    """Any text gives the same matches and groups with either gate, in both scans."""
    text = " ".join(pieces)
    for spelt, blind in _SCANS.values():
        assert _found(spelt, text) == _found(blind, text)
