"""The shared year of a past month named without one (``dates.latest_month_year``).

Rows written for these tests: the month before the story's, the story's own month, a later
month (the year before), the turn of the year both ways, and the readers that now ask the
shared helper (a bare past month of ``extract_dates``, a period's recent span, a meeting
recalled "since their March talks", a dateline filed before the page). The property checks
that the local forms the helper replaced, as they were written in meetings/_candidates,
meetings/_story, agreements/_status, text/periods and text/_relative_dates, give what it
gives, on generated months and days.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article
from diplonews.meetings import extract_meetings
from diplonews.text._relative_dates import month_year, season_year
from diplonews.text.dates import extract_dates, latest_month_year
from diplonews.text.periods import extract_periods

# (id, month, the story's day, the year of the latest such month up to it)
ROWS: list[tuple[str, int, dt.date, int]] = [
    ("earlier-month", 3, dt.date(2021, 5, 4), 2021),
    ("own-month", 5, dt.date(2021, 5, 4), 2021),
    ("own-month-first-day", 5, dt.date(2021, 5, 1), 2021),
    ("later-month", 6, dt.date(2021, 5, 4), 2020),
    ("march-told-in-january", 3, dt.date(2022, 1, 27), 2021),
    ("december-told-in-january", 12, dt.date(2022, 1, 5), 2021),
    ("january-told-in-december", 1, dt.date(2021, 12, 31), 2021),
    ("year-one-later-month", 2, dt.date(1, 1, 15), 0),
]


@pytest.mark.parametrize(
    ("month", "published", "year"), [row[1:] for row in ROWS], ids=[r[0] for r in ROWS]
)
def test_latest_month_year_table(month: int, published: dt.date, year: int) -> None:
    """The story's own year when the month has begun by its day, else the year before."""
    assert latest_month_year(month, published) == year


def test_a_bare_past_month_of_extract_dates() -> None:
    """A past "in March" is the latest March up to the publication date."""
    mentions = extract_dates("They met in March.", dt.date(2022, 1, 27), tense="past")
    assert [str(m.date) for m in mentions] == ["2021-03"]


def test_a_period_counts_its_year_back_the_same_way() -> None:
    """A span "to March", told in January, ends in the latest March: the year before's."""
    [period] = extract_periods("exports in the year to March rose", dt.date(2022, 1, 27))
    assert str(period.period) == "2020-04-01..2021-03-31"


def test_a_recalled_meeting_takes_the_latest_such_month() -> None:
    """Talks recalled "since their March talks" in January 2022 are of March 2021."""
    article = Article(
        id="recalled",
        published=dt.date(2022, 1, 27),
        body="Armenia and Georgia will meet for the first time since their March talks.",
    )
    recalled = [m for m in extract_meetings(article) if str(m.date) == "2021-03"]
    assert len(recalled) == 1


def test_a_dateline_filed_before_the_page_counts_back_the_same_way() -> None:
    """A dateline's December 30 on a page of January 2 is the year before's."""
    article = Article(
        id="dateline",
        published=dt.date(2022, 1, 2),
        body="YEREVAN, DECEMBER 30, AGENCY. A forum of Armenia and Georgia was held today.",
    )
    assert {str(m.date) for m in extract_meetings(article)} == {"2021-12-30"}


# The local forms the shared helper replaced, as written before it.
def _meetings_form(month: int, published: dt.date) -> int:
    """meetings/_candidates._recalled_month and text/_dateline.on_story_date."""
    return published.year - (month > published.month)


def _conditional_form(month: int, published: dt.date) -> int:
    """agreements/_status.modifier_date, text/periods._recent_year, month_year's past branch."""
    return published.year if month <= published.month else published.year - 1


_MONTHS = st.integers(min_value=1, max_value=12)
_DAYS = st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 12, 31))


@given(month=_MONTHS, published=_DAYS)
def test_shared_helper_agrees_with_old_local_forms(month: int, published: dt.date) -> None:
    """Every form the helper replaced gives its year, and month_year in the past does too."""
    year = latest_month_year(month, published)
    assert _meetings_form(month, published) == year
    assert _conditional_form(month, published) == year
    assert month_year(month, None, "past", published) == year


@given(first=_MONTHS, published=_DAYS, rel=st.sampled_from(["last", "this", "next", "the"]))
def test_season_year_starts_where_its_old_form_did(
    first: int, published: dt.date, rel: str
) -> None:
    """season_year on the shared helper is the old form's: the season's start counted back."""
    started = published.year if first <= published.month else published.year - 1
    ended = published.year * 12 + published.month > started * 12 + first + 2
    if rel == "last":
        expected = started if ended else started - 1
    elif rel == "next":
        expected = started + 1
    elif rel == "this":
        ends_this_year = (started * 12 + first + 1) // 12 == published.year
        expected = started if not ended or ends_this_year else published.year
    else:
        expected = started
    assert season_year(first, rel, "past", published) == expected
