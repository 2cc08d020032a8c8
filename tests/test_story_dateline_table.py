"""The day a story was filed dates its "today" for meetings and agreements alike.

One reading (:func:`diplonews.text._dateline.on_story_date`) serves both extractors: a
dateline up to a week before the page's date, or the day after it (a writer's clock ahead
of the stamp's), is the story's day, whether it opens the body or a page reader kept it
apart (``Article.dateline``); a dateline further off is a typo and the page's date stands.
The sentences are written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements import extract_agreements
from diplonews.meetings import extract_meetings
from diplonews.models import Article

PAGE_DAY = dt.date(2025, 4, 8)
SIGNED = "Japan and India signed a memorandum of understanding on trade today."
MET = "The foreign ministers of Japan and India met in Tokyo today."

# (dateline opening the body, dateline kept apart, the story's day)
ROWS: list[tuple[str, str | None, str]] = [
    ("TOKYO, Apr 9 - ", None, "2025-04-09"),  # the day after the page: the writer's day
    ("", "TOKYO, Apr 6 (Agency):", "2025-04-06"),  # a page reader's dateline
    ("TOKYO, Apr 5 - ", None, "2025-04-05"),  # filed three days before the page
    ("TOKYO, Apr 11 - ", None, "2025-04-08"),  # three days after: no such day, the page's
    ("", None, "2025-04-08"),  # no dateline at all
]


@pytest.mark.parametrize(("opening", "apart", "day"), ROWS)
def test_agreements_and_meetings_read_the_same_story_day(
    opening: str, apart: str | None, day: str
) -> None:
    """A signing and a meeting told "today" in the same story get the same day."""
    signed = Article(id="t", body=opening + SIGNED, published=PAGE_DAY, dateline=apart)
    met = Article(id="t", body=opening + MET, published=PAGE_DAY, dateline=apart)
    assert [str(r.date) for r in extract_agreements(signed)] == [day]
    assert [str(r.date) for r in extract_meetings(met)] == [day]
