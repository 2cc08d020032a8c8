"""Records that stay the same when a story writes its figures and dates another way.

Measured with ``benchmarks/number_date_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text whose
dollar amounts were written "US$1.2 billion" or "1.2 billion US dollars" instead of "$1.2
billion", or whose days were written before their months ("31 March" instead of "March
31") or as ordinals ("June 30th", "the 30th of June"), gave other records. A table of
written stories, each with its variant and its plain form: the records of the two must be
the same (on what the scorer reads: kinds, statuses, sides, dates, places, trade keys).
Rows marked as near misses already gave the same records and must keep doing so.

- currency-issuer: a state's name inside its currency's name ("US$78 million", "100 mln
  U.S. dlrs", "2 billion US dollars") names the currency, not a side: the story's states
  are those it names elsewhere, as when the amount is written "$78 million".
- day-first-period-end: a period closed by a day written before its month ("the fiscal
  year ended 31 March", "the twelve months to 30 June") is the period closed by "March 31"
  or "June 30": the same fiscal or twelve-month year, not a calendar year or a single day.
- ordinal-period-end: a period closed by a day with an ordinal suffix ("the fiscal year
  ended June 30th, 1986", "the Iranian year that ended on March 20th") is the period closed
  by "June 30, 1986" or "March 20".
- the-nth-of-period-end: a period closed by "the 30th of June" ("the year to the 30th of
  June", "the Iranian year that ended on the 20th of March 2019") is the period closed by
  "June 30".
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from diplonews.text.countries import state_codes
from diplonews.text.periods import extract_periods
from scored_view import VariantRow, Writing, assert_same_records, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- currency-issuer ------------------------------------------------------------------------
_SUMMIT = (
    "The two presidents of Ghana and Togo last met at the ECOWAS summit held in Abuja in "
    "December, when they agreed to raise trade to {amount} by 2026."
)
_row(
    "currency-issuer",
    "2023-02-27",
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="US$1 billion")),
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="$1 billion")),
)
_row(
    "currency-issuer",
    "2023-02-27",
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="1 billion US dollars")),
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="$1 billion")),
)
_row(
    "currency-issuer",
    "1988-02-10",
    (
        "CHILE, PERU AGREE TO EXPAND TRADE",
        "LIMA, Feb 10 - Chile and Peru signed a trade protocol on Tuesday and set a goal of "
        "raising two-way trade to 250 mln U.S. dlrs by 1990, officials said.",
    ),
    (
        "CHILE, PERU AGREE TO EXPAND TRADE",
        "LIMA, Feb 10 - Chile and Peru signed a trade protocol on Tuesday and set a goal of "
        "raising two-way trade to 250 mln dlrs by 1990, officials said.",
    ),
)
_ROAD_MAP = (
    "Ghana and Togo signed a road map for industrial cooperation on Monday, providing for "
    "joint projects worth {amount}."
)
_row(
    "currency-issuer",
    "2024-05-20",
    ("Ghana, Togo sign road map", _ROAD_MAP.format(amount="US$300 million")),
    ("Ghana, Togo sign road map", _ROAD_MAP.format(amount="$300 million")),
)
_KAMPALA = (
    "Trade between Kenya and Uganda reached {amount} in 2023, and the two presidents agreed "
    "in Kampala on Monday to double it."
)
_row(
    "currency-issuer",
    "2024-05-20",
    ("Kenya, Uganda to double trade", _KAMPALA.format(amount="US$1.2 billion")),
    ("Kenya, Uganda to double trade", _KAMPALA.format(amount="$1.2 billion")),
)
# near misses: the United States a side of the story, its dollar written either way
_row(
    "currency-issuer",
    "2024-04-12",
    (
        "Chile's exports to US rise",
        "Chile's exports to the United States rose to US$9.4 billion in 2023, the central "
        "bank said.",
    ),
    (
        "Chile's exports to US rise",
        "Chile's exports to the United States rose to $9.4 billion in 2023, the central bank said.",
    ),
)
_row(
    "currency-issuer",
    "2024-04-12",
    (
        "Peru, US sign trade memorandum",
        "Peru and the US signed a memorandum on trade facilitation on Thursday. Trade between "
        "the US and Peru came to 18 billion US dollars last year.",
    ),
    (
        "Peru, US sign trade memorandum",
        "Peru and the US signed a memorandum on trade facilitation on Thursday. Trade between "
        "the US and Peru came to $18 billion last year.",
    ),
)

# --- day-first-period-end -------------------------------------------------------------------
_row(
    "day-first-period-end",
    "1987-04-20",
    (
        "JAPAN'S EXPORTS TO CHILE FALL",
        "TOKYO, April 20 - Japan's exports to Chile fell to 120.4 billion yen in the fiscal "
        "year ended 31 March, Finance Ministry figures showed.",
    ),
    (
        "JAPAN'S EXPORTS TO CHILE FALL",
        "TOKYO, April 20 - Japan's exports to Chile fell to 120.4 billion yen in the fiscal "
        "year ended March 31, Finance Ministry figures showed.",
    ),
)
_row(
    "day-first-period-end",
    "1986-08-19",
    (
        "Ghana's exports to Togo rise",
        "Ghana's exports to Togo rose to 310 mln dlrs in the year to 30 June, from 270 mln a "
        "year earlier, the statistics office said.",
    ),
    (
        "Ghana's exports to Togo rise",
        "Ghana's exports to Togo rose to 310 mln dlrs in the year to June 30, from 270 mln a "
        "year earlier, the statistics office said.",
    ),
)
_row(
    "day-first-period-end",
    "1987-05-14",
    (
        "Kenya's trade deficit narrows",
        "Kenya's trade deficit with Uganda narrowed to 1.8 billion dlrs in the first nine "
        "months of the 1986/87 fiscal year ending 30 June, the statistics bureau said.",
    ),
    (
        "Kenya's trade deficit narrows",
        "Kenya's trade deficit with Uganda narrowed to 1.8 billion dlrs in the first nine "
        "months of the 1986/87 fiscal year ending June 30, the statistics bureau said.",
    ),
)
_row(
    "day-first-period-end",
    "2024-11-05",
    (
        "Chile's copper exports to Peru rise",
        "Chile's exports to Peru rose to $2.1 billion in the nine months ended 30 September, "
        "the central bank said.",
    ),
    (
        "Chile's copper exports to Peru rise",
        "Chile's exports to Peru rose to $2.1 billion in the nine months ended September 30, "
        "the central bank said.",
    ),
)
# near miss: a day before its month that closes no period, the signing's day
_row(
    "day-first-period-end",
    "2024-07-18",
    (
        "Chile, Peru sign trade memorandum",
        "Chile and Peru signed a memorandum on trade on 17 July, the ministry said. Trade "
        "between them rose to $4.1 billion last year.",
    ),
    (
        "Chile, Peru sign trade memorandum",
        "Chile and Peru signed a memorandum on trade on July 17, the ministry said. Trade "
        "between them rose to $4.1 billion last year.",
    ),
)


# --- ordinal-period-end ---------------------------------------------------------------------
_FY_1986 = (
    "ISLAMABAD, June 30 - Pakistan's trade with Turkey totalled some 310 mln dlrs in the "
    "fiscal year ended {day}, 1986, officials said."
)
_row(
    "ordinal-period-end",
    "1987-06-30",
    ("PAKISTAN, TURKEY TRADE", _FY_1986.format(day="June 30th")),
    ("PAKISTAN, TURKEY TRADE", _FY_1986.format(day="June 30")),
)
_IRAN_YEAR = (
    "Trade between Iran and Armenia stood at around $710 million in the Iranian year that "
    "ended on {day}, the Iranian side said."
)
_row(
    "ordinal-period-end",
    "2024-05-22",
    ("Iran, Armenia trade", _IRAN_YEAR.format(day="March 19th")),
    ("Iran, Armenia trade", _IRAN_YEAR.format(day="March 19")),
)
_ETHIOPIAN_YEAR = (
    "Trade between Ethiopia and Djibouti reached 210 million US dollars in the 2023/24 "
    "Ethiopian fiscal year, which ended on {day} 2024, the ministry said."
)
_row(
    "ordinal-period-end",
    "2025-06-05",
    ("Ethiopia, Djibouti trade", _ETHIOPIAN_YEAR.format(day="7th July")),
    ("Ethiopia, Djibouti trade", _ETHIOPIAN_YEAR.format(day="7 July")),
)
# near miss: an ordinal day that closes no period, a signing's
_row(
    "ordinal-period-end",
    "2024-03-21",
    (
        "Iran, Armenia sign memorandum",
        "Iran and Armenia signed a memorandum on trade on March 20th, the ministry said.",
    ),
    (
        "Iran, Armenia sign memorandum",
        "Iran and Armenia signed a memorandum on trade on March 20, the ministry said.",
    ),
)


# --- the-nth-of-period-end ------------------------------------------------------------------
_YEAR_TO = (
    "Ghana's exports to Togo rose to 310 mln dlrs in the year to {day}, from 270 mln a year "
    "earlier, the statistics office said."
)
_row(
    "the-nth-of-period-end",
    "1986-08-19",
    ("Ghana's exports to Togo rise", _YEAR_TO.format(day="the 30th of June")),
    ("Ghana's exports to Togo rise", _YEAR_TO.format(day="June 30")),
)
_row(
    "the-nth-of-period-end",
    "2024-05-22",
    ("Iran, Armenia trade", _IRAN_YEAR.format(day="the 19th of March")),
    ("Iran, Armenia trade", _IRAN_YEAR.format(day="March 19")),
)
_row(
    "the-nth-of-period-end",
    "2025-06-05",
    ("Ethiopia, Djibouti trade", _ETHIOPIAN_YEAR.format(day="the 7th of July")),
    ("Ethiopia, Djibouti trade", _ETHIOPIAN_YEAR.format(day="7 July")),
)
# near miss: "the 20th of March" that closes no period, a signing's day
_row(
    "the-nth-of-period-end",
    "2024-03-21",
    (
        "Iran, Armenia sign memorandum",
        "Iran and Armenia signed a memorandum on trade on the 20th of March, the ministry "
        "said. Trade between them rose to $710 million last year.",
    ),
    (
        "Iran, Armenia sign memorandum",
        "Iran and Armenia signed a memorandum on trade on 20 March, the ministry said. Trade "
        "between them rose to $710 million last year.",
    ),
)


@variant_cases(ROWS)
def test_number_date_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


_STATES = st.sampled_from(["Chile", "Peru", "Ghana", "Kenya", "Papua New Guinea", "Türkiye"])
_DOLLARS = st.sampled_from(["US${n} million", "{n} million US dollars", "{n} mln U.S. dlrs"])


@given(first=_STATES, second=_STATES, dollars=_DOLLARS, n=st.integers(1, 999))
def test_currency_issuer_names_no_state(first: str, second: str, dollars: str, n: int) -> None:
    """A dollar written with its issuer names the story's states and no other."""
    text = f"Trade between {first} and {second} reached {dollars.format(n=n)} last year."
    assert state_codes(text) == state_codes(f"{first} and {second}")


_MONTHS = st.sampled_from(["March", "June", "September", "December"])
_PHRASES = st.sampled_from(
    ["the fiscal year ended", "the year to", "the twelve months to", "the six months ended"]
)


@given(month=_MONTHS, day=st.integers(1, 30), phrase=_PHRASES, suffix=st.sampled_from(["", "th"]))
def test_period_end_reads_either_order(month: str, day: int, phrase: str, suffix: str) -> None:
    """A period closed by "31 March" (or "31st March") is the one closed by "March 31"."""
    published = dt.date(1987, 5, 14)

    def period(end: str) -> str:
        return str(
            extract_periods(f"Exports rose in {phrase} {end}, the bureau said.", published)[
                0
            ].period
        )

    assert period(f"{day}{suffix} {month}") == period(f"{month} {day}")
    assert period(f"{month} {day}{suffix}, 1986") == period(f"{month} {day}, 1986")
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    assert period(f"the {day}{ordinal} of {month}") == period(f"{month} {day}")
