"""Pages dated at the calendar's ends extract without failing a step.

Date arithmetic next to year 1 or 9999 (a planned meeting's grace period, a signing moved to
the coming week, a dateline read against the page's next day, a day shifted from another
event's) once raised ``OverflowError`` inside a step, which ends the article. The shapes come
from the fuzz suite (``HYPOTHESIS_PROFILE=fuzz``); the sentences are written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import Article, extract

FIRST = dt.date(1, 1, 5)
LAST = dt.date(9999, 12, 30)

ROWS: list[tuple[str, dt.date]] = [
    ("Visit next WEEK", dt.date(1, 1, 1)),
    ("WILL SIGN:Agreement/Thursday", dt.date(9999, 12, 31)),
    ("AAA,MAY 0", dt.date(9999, 12, 31)),
    (
        "The presidents held talks on January 1, 0001. A day earlier, Chile and Peru signed a "
        "memorandum on trade.",
        FIRST,
    ),
    (
        "The presidents met in Lima on January 1, 1. A day earlier, the ministers of Chile and "
        "Peru met in Cusco.",
        FIRST,
    ),
    ("The summit opened on December 31, 9999. A day later, Chile and Peru met in Lima.", LAST),
]


@pytest.mark.parametrize(("body", "published"), ROWS)
def test_no_step_fails_at_the_calendars_ends(body: str, published: dt.date) -> None:
    """Every step reads the page; a day past the calendar is simply not given."""
    result = extract(Article(id="edge", body=body, published=published))
    assert result.id == "edge"
    dates = [m.date for m in result.meetings] + [a.date for a in result.agreements]
    assert all(d is None or dt.date.min.year <= d.year <= dt.date.max.year for d in dates)
