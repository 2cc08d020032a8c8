"""The day a story was filed: the dateline that opens it, against the page's date.

A wire story or a crawled page often opens with the day it was filed ("ISLAMABAD, Sept 3
(APP):"), and its "today" and "yesterday" count from that day, not from the page's
publication date. :func:`on_story_date` gives the article that day; the meeting and
agreement extractors both read their relative days from it.
"""

from __future__ import annotations

import datetime as dt

import attrs

from diplonews import _regex as re
from diplonews.models import Article
from diplonews.text.dates import latest_month_year

__all__ = ["MONTHS", "on_story_date"]


def on_story_date(article: Article) -> Article:
    """The article dated by its dateline when the story was filed days before the page.

    "YEREVAN, SEPTEMBER 1, ... A forum was held today" on a page of September 3:
    "today" is the dateline's day. A dateline up to a week before the publication
    date counts, and one the day after it: "TOKYO, April 9 - ... met today" stamped
    late on April 8 is the writer's own day in a time zone ahead of the stamp's. The
    dateline is the body's opening one, else the one a page reader kept apart from it.

    >>> page = Article(body="TOKYO, Apr 9 - They met today.", published=dt.date(2025, 4, 8))
    >>> on_story_date(page).published
    datetime.date(2025, 4, 9)
    """
    if article.published is None:
        return article
    # The body's own dateline, else the one the page reader kept apart from the body.
    line = _DATED_LINE.match(article.body) or _DATED_LINE.match(article.dateline or "")
    if line is None:
        return article
    month = MONTHS.get((line["month"] or line["month2"])[:3].lower())
    if month is None:
        return article
    # Counted from the day after the page, a dateline of the next month's first is this year's.
    if article.published == dt.date.max:  # no day after the calendar's last
        return article
    year = latest_month_year(month, article.published + dt.timedelta(days=1))
    try:
        filed = dt.date(year, month, int(line["day"] or line["day2"]))
    except ValueError:
        return article
    # The writer's "today" is the dateline's day: a week of delay before the page, or the
    # next day where the writer's clock runs ahead of the stamp's (no further: a typo).
    if not dt.timedelta(days=-1) <= article.published - filed <= dt.timedelta(days=7):
        return article
    return attrs.evolve(article, published=filed)


# A dateline opening the story: "YEREVAN, SEPTEMBER 1, AGENCY." or "DUSHANBE, Aug. 1 (Agency)".
# The day may come first: "ABU DHABI, 16th January, 2025 (AGENCY) --".
_DATED_LINE = re.compile(
    r"""\s*[A-Z][A-Z .'-]{2,30},\s*(?:[A-Z][a-z]+,\s*)?
    (?:(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*)\.?\s+(?P<day>\d{1,2})\b
    |(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)""",
    re.VERBOSE,
)
MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
