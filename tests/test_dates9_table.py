"""A table of the outlets' date expressions against one publication day (issue 9).

Every row is an invented sentence with the tense the meeting code would pass and
the date of the FIRST mention found: the date an event takes (an event over
several days is dated by its first day; a coarse expression gets a coarse date).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.dates import Tense, extract_dates

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

# (text, tense, the first mention's date; "" when no date is found)
TABLE: list[tuple[str, Tense, str]] = [
    # one day, day-month and month-day, ordinals, numeric
    ("The talks were held on 4 May.", "past", "2023-05-04"),
    ("The talks were held on May 4.", "past", "2023-05-04"),
    ("The talks were held on the 4th of May.", "past", "2023-05-04"),
    ("The talks were held on May 4th.", "past", "2023-05-04"),
    ("The ministers met on 4th May 2023.", "past", "2023-05-04"),
    ("The ministers met on May 4, 2023.", "past", "2023-05-04"),
    ("The ministers met on 4 May, 2023.", "past", "2023-05-04"),
    ("The ministers met on Sunday, May 7.", "past", "2023-05-07"),
    ("The talks were held on 04.05.2023.", "past", "2023-05-04"),
    ("The talks were held on 4.05.2023.", "past", "2023-05-04"),
    ("The talks were held on 2023-05-04.", "past", "2023-05-04"),
    ("The talks were held on 04/05/2023.", "past", "2023-05-04"),  # day first, as the region
    ("The talks were held on 05/24/2023.", "past", "2023-05-24"),  # month first only if it must
    # ranges of days within a month: the first day
    ("The talks were held on 4-6 May.", "past", "2023-05-04"),
    ("The talks were held on May 4-6.", "past", "2023-05-04"),
    ("The ministers met on 2nd-3rd May.", "past", "2023-05-02"),
    ("The ministers met on 2–4 May 2023.", "past", "2023-05-02"),
    ("The ministers met on 2-4 May, 2023.", "past", "2023-05-02"),
    ("The ministers will meet on 4-5 June 2023.", "future", "2023-06-04"),
    ("The ministers will meet on 4–6 June.", "future", "2023-06-04"),
    ("The talks will be held on 14-16 May.", "future", "2023-05-14"),
    ("The talks were held from May 4 to 6.", "past", "2023-05-04"),
    ("The talks were held between May 4 and 6.", "past", "2023-05-04"),
    ("The ministers met from 2 May to 4 May.", "past", "2023-05-02"),
    ("The ministers met from May 2 through May 4.", "past", "2023-05-02"),
    ("The ministers met during 2-4 May.", "past", "2023-05-02"),
    ("The ministers will meet on June 4 and 5.", "future", "2023-06-04"),
    # ranges said in words before the month: the first day, not the last
    ("The talks were held from 4 to 6 May.", "past", "2023-05-04"),
    ("The talks were held between 4 and 6 May.", "past", "2023-05-04"),
    ("The talks will be held from 14 to 16 May.", "future", "2023-05-14"),
    ("The talks will be held between 14 and 16 May.", "future", "2023-05-14"),
    ("The ministers met from 2 until 4 May.", "past", "2023-05-02"),
    ("The ministers met on 2 and 3 May.", "past", "2023-05-02"),
    ("The forum was held from the 2nd to the 4th of May.", "past", "2023-05-02"),
    # numeric ranges: the first day
    ("The talks were held on 4-6.05.2023.", "past", "2023-05-04"),
    ("The ministers met on 02-04.05.2023.", "past", "2023-05-02"),
    ("The talks were held on 4.05-6.05.2023.", "past", "2023-05-04"),
    ("The ministers will meet on 30.05-01.06.2023.", "future", "2023-05-30"),
    ("The forum was held on 30.12-02.01.2023.", "past", "2022-12-30"),
    # ranges across months
    ("The talks were held on April 29-May 2.", "past", "2023-04-29"),
    ("The talks were held from April 29 to May 2.", "past", "2023-04-29"),
    ("The talks were held from 29 April to 2 May.", "past", "2023-04-29"),
    ("The talks were held between 29 April and 2 May.", "past", "2023-04-29"),
    ("The talks will be held from 30 May to 1 June.", "future", "2023-05-30"),
    ("ahead of the May 30-June 1 visit", "future", "2023-05-30"),
    ("ahead of the 14-16 May visit", "auto", "2023-05-14"),
    # no verb or cue either way ("auto"): the nearest such day, not last year's
    ("ahead of the May 30-June 1 visit", "auto", "2023-05-30"),
    ("the 28-29 June forum in Tashkent", "auto", "2023-06-28"),
    ("the March 3 summit in Baku", "auto", "2023-03-03"),
    # a cue still places the day: held is past, will is future
    ("The summit was held on May 30.", "auto", "2022-05-30"),
    ("The summit will open on 2 May.", "auto", "2024-05-02"),
    # weekdays and steps from publication
    ("The ministers met on Monday.", "past", "2023-05-08"),
    ("The ministers will meet on Friday.", "future", "2023-05-12"),
    ("The ministers met yesterday.", "past", "2023-05-09"),
    ("The ministers met last week.", "past", "2023-05"),
    ("The ministers will meet next week.", "future", "2023-05"),
    ("The ministers met last month.", "past", "2023-04"),
    ("The ministers met earlier this month.", "past", "2023-05"),
    ("The ministers will meet later this month.", "future", "2023-05"),
    ("The ministers met last year.", "past", "2022"),
    ("The ministers met the day before.", "past", ""),  # a day before another date: not ours
    # months, seasons, halves, years
    ("The ministers met in March.", "past", "2023-03"),
    ("The ministers will meet in June.", "future", "2023-06"),
    ("The ministers met in mid-April.", "past", "2023-04"),
    ("The ministers met at the end of April.", "past", "2023-04"),
    ("The ministers met in May this year.", "past", "2023-05"),
    ("The ministers met in May last year.", "past", "2022-05"),
    ("The ministers met on 4 May last year.", "past", "2022-05-04"),
    ("The ministers will meet in the autumn.", "future", "2023"),
    ("The ministers will meet in autumn.", "future", "2023"),
    ("The ministers met in winter.", "past", "2022"),
    ("The forum will be held in summer 2024.", "future", "2024"),
    # "this <season>": the one under way, else the one of the publication year, whatever the tense
    ("The ministers met this spring.", "past", "2023"),
    ("The ministers will meet this summer.", "future", "2023"),
    ("Talks due this summer were moved.", "past", "2023"),
    ("The ministers met this winter.", "past", "2022"),
    ("The ministers will meet in the first half of 2024.", "future", "2024"),
    ("The ministers will meet in early 2025.", "future", "2025"),
    ("The ministers met in late 2022.", "past", "2022"),
    ("The ministers met in 2021.", "past", "2021"),
]


@pytest.mark.parametrize(("text", "tense", "expected"), TABLE)
def test_first_mention_date(text: str, tense: Tense, expected: str) -> None:
    """The first date found in the sentence is the event's date, as coarse as the text."""
    found = extract_dates(text, PUBLISHED, tense=tense)
    assert (str(found[0].date) if found else "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers that are not a range of days stay what they were
        ("Exports rose from 4 to 6 percent in May.", ["2023-05"]),
        ("The vote was 12 to 3 on 9 May.", ["2023-05-09"]),
        ("Articles 4 and 6 were amended on 9 May.", ["2023-05-09"]),
        ("It was a long, cold autumn of discontent.", []),  # a season that is a name
        ("The 2018-04.05.2023 file", ["2023-05-04"]),
        ("Data at example.org/news/04/05/2023/12/ and 1/2/20231", []),
    ],
)
def test_numbers_that_are_not_ranges(text: str, expected: list[str]) -> None:
    """A pair of numbers not running into a month or a dotted date is not a range."""
    assert [str(m.date) for m in extract_dates(text, PUBLISHED, tense="past")] == expected
