"""Records that stay the same when a text's typography changes but its meaning does not.

Measured with ``benchmarks/typography_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1620, corpus blind 11-18 and 20-26, read pages): a text rewritten
with another dash or another space gave other records. A table of written paragraphs, each
with its variant and its plain form: the records of the two must be the same (on what the
scorer reads: kinds, statuses, sides, dates, periods, values). Rows marked as near misses
already gave the same records and must keep doing so.

- range-dash: a split year or a range of months written with an en or em dash
  ("FY2023–24", "in 2003–04", "January—October 2022") is the period its hyphen names.
- score-dash: a match score written with an en dash ("beat Portugal 24–20") is a score:
  the story it is in is a match report, whose fixtures are no meetings.
- dateline-dash: a wire dateline closed by an em dash ("NIAMEY, Nov 30 — ") opens no aside:
  the dateline's day dates the event its lead tells, as after a hyphen.
- modifier-space: a no-break or thin space between the words before an instrument ("a
  September<NBSP>1986 agreement") is a space: the date among them dates the instrument.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text.periods import extract_periods
from scored_view import scored_view

NBSP, THIN = "\u00a0", "\u202f"

# (class, publication day, the variant, its plain form)
ROWS: list[tuple[str, str, str, str]] = []


def _row(cls: str, day: str, variant: str, plain: str) -> None:
    ROWS.append((cls, day, variant, plain))


# --- range-dash -----------------------------------------------------------------------------
_row(
    "range-dash",
    "2024-08-20",
    "Pakistan's exports to China rose to $2.31 billion in the 2023–24 fiscal year from $1.9 "
    "billion a year earlier.",
    "Pakistan's exports to China rose to $2.31 billion in the 2023-24 fiscal year from $1.9 "
    "billion a year earlier.",
)
_row(
    "range-dash",
    "2005-06-02",
    "Chile's trade deficit with Peru widened to $1.4bn in the financial year to March 2005, "
    "from $0.9bn in 2003–04, official figures show.",
    "Chile's trade deficit with Peru widened to $1.4bn in the financial year to March 2005, "
    "from $0.9bn in 2003-04, official figures show.",
)
_row(
    "range-dash",
    "2022-11-25",
    "Trade turnover between Kyrgyzstan and Turkey reached $403.1 million in January—October "
    "2022, the statistics committee said.",
    "Trade turnover between Kyrgyzstan and Turkey reached $403.1 million in January-October "
    "2022, the statistics committee said.",
)
# near misses: a range the reader took already with an en dash, a dash that sets off an
# aside after a year
_row(
    "range-dash",
    "2024-06-10",
    "Tajikistan's trade with Kazakhstan reached $441.6 million in January – April 2024, the "
    "agency reported.",
    "Tajikistan's trade with Kazakhstan reached $441.6 million in January - April 2024, the "
    "agency reported.",
)
_row(
    "range-dash",
    "2024-02-12",
    "Trade turnover between Georgia and Armenia reached $845.7 million in 2023 — a record — "
    "customs data show.",
    "Trade turnover between Georgia and Armenia reached $845.7 million in 2023 - a record - "
    "customs data show.",
)
_row(
    "range-dash",
    "2021-12-20",
    "Exports from Uzbekistan to Russia reached $1.2 billion in January–November 2021.",
    "Exports from Uzbekistan to Russia reached $1.2 billion in January-November 2021.",
)

# --- score-dash -----------------------------------------------------------------------------
_row(
    "score-dash",
    "2025-03-10",
    "Georgia beat Portugal 24–20 in Tbilisi on Saturday. The coach praised the squad after a "
    "late try. The two sides meet again in Lisbon next month.",
    "Georgia beat Portugal 24-20 in Tbilisi on Saturday. The coach praised the squad after a "
    "late try. The two sides meet again in Lisbon next month.",
)
_row(
    "score-dash",
    "2024-10-15",
    "Montenegro held Finland to a 2–2 draw in Podgorica. The coach praised the squad. The two "
    "sides meet again in Helsinki in June.",
    "Montenegro held Finland to a 2-2 draw in Podgorica. The coach praised the squad. The two "
    "sides meet again in Helsinki in June.",
)
_row(
    "score-dash",
    "2024-10-15",
    "Georgia won 2–1 over Czechia in Tbilisi on Sunday, Beridze heading home a late goal for "
    "the coach's side. Georgia next travel to Prague to meet Czechia in March.",
    "Georgia won 2-1 over Czechia in Tbilisi on Sunday, Beridze heading home a late goal for "
    "the coach's side. Georgia next travel to Prague to meet Czechia in March.",
)
# near miss: no match report around the dash, the ministers' talks are a meeting
_row(
    "score-dash",
    "2024-10-15",
    "The foreign ministers of Georgia and Portugal met in Tbilisi on Monday and discussed the "
    "2024–25 work plan.",
    "The foreign ministers of Georgia and Portugal met in Tbilisi on Monday and discussed the "
    "2024-25 work plan.",
)

# --- modifier-space -------------------------------------------------------------------------
_row(
    "modifier-space",
    "1987-03-20",
    "Officials discussed Japan's alleged violations of a September" + NBSP + "1986 agreement "
    "with the United States on chips.",
    "Officials discussed Japan's alleged violations of a September 1986 agreement with the "
    "United States on chips.",
)
_row(
    "modifier-space",
    "2023-04-02",
    "Officials said the May" + THIN + "2021 trade agreement between Kazakhstan and "
    "Uzbekistan had doubled the flow of goods.",
    "Officials said the May 2021 trade agreement between Kazakhstan and Uzbekistan had "
    "doubled the flow of goods.",
)
# near miss: a comma still ends the words before the instrument
_row(
    "modifier-space",
    "1987-03-20",
    "In September" + NBSP + "1986, the agreement between Japan and the United States was "
    "signed in Washington.",
    "In September 1986, the agreement between Japan and the United States was signed in "
    "Washington.",
)


# --- dateline-dash --------------------------------------------------------------------------
_row(
    "dateline-dash",
    "1987-11-30",
    "NDJAMENA, Nov 30 — Chad and Niger signed a protocol on border trade at the end of three "
    "days of talks between their foreign ministers in Niamey, the official news agency said "
    "today.",
    "NDJAMENA, Nov 30 - Chad and Niger signed a protocol on border trade at the end of three "
    "days of talks between their foreign ministers in Niamey, the official news agency said "
    "today.",
)
_row(
    "dateline-dash",
    "1987-04-02",
    "GENEVA, April 2 — A United Nations conference on a new cocoa agreement opened with "
    "delegates from Ghana, Brazil and Ivory Coast.",
    "GENEVA, April 2 - A United Nations conference on a new cocoa agreement opened with "
    "delegates from Ghana, Brazil and Ivory Coast.",
)
# near miss: a lead whose own words date the talks
_row(
    "dateline-dash",
    "1987-06-02",
    "LIMA, June 2 — Peru and Bolivia ended two days of talks on their river border, officials "
    "said.",
    "LIMA, June 2 - Peru and Bolivia ended two days of talks on their river border, officials "
    "said.",
)


@pytest.mark.parametrize(
    ("cls", "day", "variant", "plain"),
    ROWS,
    ids=[f"{cls}-{n}" for n, (cls, *_rest) in enumerate(ROWS)],
)
def test_typography_variant_keeps_records(cls: str, day: str, variant: str, plain: str) -> None:
    """The variant gives the records of its plain form."""
    assert scored_view(day, variant) == scored_view(day, plain), cls


_DASHES = st.sampled_from(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])


@given(year=st.integers(1990, 2040), dash=_DASHES, prefix=st.sampled_from(["FY", "fiscal ", ""]))
def test_split_year_dash_is_a_hyphen(year: int, dash: str, prefix: str) -> None:
    """A split year reads the same with any dash between its years."""
    short = f"{(year + 1) % 100:02d}"
    suffix = "" if prefix else " fiscal year"
    variant = f"exports rose in {prefix}{year}{dash}{short}{suffix}, officials said"
    plain = f"exports rose in {prefix}{year}-{short}{suffix}, officials said"
    published = dt.date(2045, 1, 1)
    assert [(m.start, m.end, m.period) for m in extract_periods(variant, published)] == [
        (m.start, m.end, m.period) for m in extract_periods(plain, published)
    ]


@given(
    first=st.integers(1, 11),
    length=st.integers(1, 11),
    year=st.integers(1990, 2040),
    dash=_DASHES,
    spaced=st.booleans(),
)
def test_month_range_dash_is_a_hyphen(
    first: int, length: int, year: int, dash: str, spaced: bool
) -> None:
    """A range of months reads the same with any dash, spaced or not, between its months."""
    months = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
    last = min(12, first + length)
    join = f" {dash} " if spaced else dash
    plain_join = " - " if spaced else "-"
    variant = f"trade reached $5 million in {months[first - 1]}{join}{months[last - 1]} {year}"
    plain = f"trade reached $5 million in {months[first - 1]}{plain_join}{months[last - 1]} {year}"
    published = dt.date(2045, 1, 1)
    found = extract_periods(variant, published)
    assert [(m.start, m.end, m.period) for m in found] == [
        (m.start, m.end, m.period) for m in extract_periods(plain, published)
    ]
    assert all(m.text == variant[m.start : m.end] for m in found)  # the text as written
