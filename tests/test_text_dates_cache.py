"""The date matches of a text are found once for every tense (diplonews.text.dates).

:func:`~diplonews.text.dates.extract_dates` keeps the matches of its pattern per
text and resolves them anew for each tense and publication date. These tests
check that a text read from the cache gives what a fresh read gives.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import dates
from diplonews.text._date_patterns import may_hold_date
from diplonews.text.dates import DateMention, extract_dates

_TENSES: tuple[dates.Tense, ...] = ("auto", "past", "future")


def _fresh(text: str, published: dt.date | None, tense: dates.Tense) -> tuple[DateMention, ...]:
    """What ``extract_dates`` gives with nothing cached."""
    dates._date_matches.cache_clear()
    return extract_dates(text, published, tense=tense)


# (case, text): written by hand; each holds a date whose reading depends on the tense
ROWS = [
    ("weekday", "The ministers met on Monday and will meet again on Friday."),
    ("month-day", "Talks are set for May 30; the last round was on March 5."),
    ("month", "The visit in March follows talks in 2021."),
    ("no-date", "The ministers spoke at length."),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_each_tense_reads_the_cached_matches_as_fresh_ones(case: str, text: str) -> None:
    """A sentence read in one tense, then in the others, gives each what a fresh read gives."""
    published = dt.date(2022, 1, 27)
    expected = {tense: _fresh(text, published, tense) for tense in _TENSES}
    dates._date_matches.cache_clear()
    for tense in (*_TENSES, *reversed(_TENSES)):
        assert extract_dates(text, published, tense=tense) == expected[tense], case


_PIECES = st.sampled_from(
    [
        *("on Monday", "Friday", "May 30", "March", "in 2021", "last year", "next week"),
        *("27.07.2021", "2021-07-27", "the 5th of March", "will meet", "met", "said", ". ", " "),
    ]
)


@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=8),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
    st.lists(st.sampled_from(_TENSES), min_size=1, max_size=4),
)
def test_any_text_reads_the_same_from_the_cache(
    pieces: list[str], published: dt.date | None, tenses: list[dates.Tense]
) -> None:
    """Any text, date and order of tenses gives from the cache what it gives fresh."""
    text = " ".join(pieces)
    expected = [_fresh(text, published, tense) for tense in tenses]
    dates._date_matches.cache_clear()
    assert [extract_dates(text, published, tense=tense) for tense in tenses] == expected


def test_a_text_without_a_date_is_tested_once() -> None:
    """A text the cheap pre-test rejects is kept as holding no date: one test for every tense."""
    text = "The ministers spoke at length."
    assert not may_hold_date(text)
    dates._date_matches.cache_clear()
    assert [extract_dates(text, dt.date(2022, 1, 27), tense=t) for t in _TENSES] == [()] * 3
    info = dates._date_matches.cache_info()
    assert (info.misses, info.hits) == (1, 2)
