"""Trade error classes of session 49: targets and forecasts.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``spelled-amount-sentence``: a sentence whose only amount is spelt out, with no digit
  anywhere in it ("expected a surplus of about four billion dlrs this year"), gives its
  figure as one written in digits would; a level for each of several months, or a level
  that exports "can reach" some day, still gives none.
- ``goal-to-spelled-or-restored-level``: a goal that takes trade to a level spelt out
  ("raise their trade to one billion dlrs a year by 1990") or restores it to a level
  ("restore trade to two billion dlrs by 1989") is the pair's target for that year.
- ``goal-noun-governs-amount``: an amount a goal noun or participle governs ("within the
  government's projection of X for the full year", "it was Y against a targeted X") is a
  target though a past verb tells the fact it is measured against, and keeps the period
  of the level it is set against; a goal after another amount's period gives none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

_PERU_1986 = "LIMA, May 6 - Peru's exports rose to 2.9 billion dlrs in 1986, the central bank said."
_PERU_EXPORTS = ("PER", None, "export", 2_900_000_000, "USD", "1986-01-01", "1986-12-31", False)

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- spelled-amount-sentence: no digit in the sentence, its spelt-out amount read
    (
        "spelled-amount-sentence",
        "a-forecast-surplus-for-this-year-in-words",
        None,
        _PERU_1986 + "\n\nThe bank said it expected a trade surplus of about four billion "
        "dlrs this year.",
        D(1987, 5, 6),
        [
            _PERU_EXPORTS,
            ("PER", None, "balance", 4_000_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "spelled-amount-sentence",
        "a-forecast-import-bill-for-the-whole-year-in-words",
        None,
        "MANILA, Aug 12 - Philippine imports climbed 14 pct in the first half, the statistics "
        "office said.\n\nOfficials said the country expected imports of some six billion dlrs "
        "for the whole of 1987.",
        D(1987, 8, 12),
        [("PHL", None, "import", 6_000_000_000, "USD", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "spelled-amount-sentence",
        "near-miss-a-level-for-each-of-several-months-gives-none",
        None,
        _PERU_1986 + "\n\nThe bank said that in each of the remaining eight months the "
        "surplus would amount to two billion dlrs.",
        D(1987, 5, 6),
        [_PERU_EXPORTS],
    ),
    (
        "spelled-amount-sentence",
        "near-miss-a-level-exports-can-reach-some-day-gives-none",
        None,
        _PERU_1986 + "\n\nThe minister said exports can reach six billion dlrs within a few years.",
        D(1987, 5, 6),
        [_PERU_EXPORTS],
    ),
    (
        "spelled-amount-sentence",
        "near-miss-a-quantity-in-words-gives-none",
        None,
        _PERU_1986 + "\n\nThe mine exported two million tonnes of copper ore.",
        D(1987, 5, 6),
        [_PERU_EXPORTS],
    ),
    # --- goal-to-spelled-or-restored-level: the goal's level, a target for its year
    (
        "goal-to-spelled-or-restored-level",
        "restore-trade-to-a-spelled-level-by-a-year",
        None,
        "QUITO, Nov 3 - Trade between Ecuador and Colombia slid to 310 mln dlrs in 1986 from "
        "505 mln in 1985. Officials said a new joint commission would seek to restore trade to "
        "two billion dlrs by 1989.",
        D(1987, 11, 3),
        [
            ("ECU", "COL", "turnover", 310_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ECU", "COL", "turnover", 505_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("ECU", "COL", "turnover", 2_000_000_000, "USD", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "goal-to-spelled-or-restored-level",
        "raise-their-trade-to-a-spelled-level-a-year-by-a-year",
        None,
        "QUITO, Nov 3 - Ecuador and Colombia want to raise their trade to one billion dlrs a "
        "year by 1990 from about 310 mln dlrs last year, the foreign minister said.",
        D(1987, 11, 3),
        [
            ("ECU", "COL", "turnover", 1_000_000_000, "USD", "1990-01-01", "1990-12-31", True),
            ("ECU", "COL", "turnover", 310_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "goal-to-spelled-or-restored-level",
        "restore-two-way-trade-this-year",
        None,
        "QUITO, Nov 3 - Ecuador and Colombia want to restore two-way trade to about four "
        "billion dlrs this year, officials said at the start of talks.",
        D(1987, 11, 3),
        [("ECU", "COL", "turnover", 4_000_000_000, "USD", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "goal-to-spelled-or-restored-level",
        "near-miss-restored-trade-links-give-no-figure",
        None,
        "QUITO, Nov 3 - Trade between Ecuador and Colombia slid to 310 mln dlrs in 1986, "
        "officials said. They said the two sides were working to restore trade links cut by "
        "the border dispute.",
        D(1987, 11, 3),
        [("ECU", "COL", "turnover", 310_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "goal-to-spelled-or-restored-level",
        "near-miss-a-spelled-level-reached-stays-a-fact",
        None,
        "QUITO, Nov 3 - Trade between Ecuador and Colombia rose to two billion dlrs in 1986, "
        "officials said.",
        D(1987, 11, 3),
        [("ECU", "COL", "turnover", 2_000_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    # --- goal-noun-governs-amount: the goal's amount is a target, past verb or not
    (
        "goal-noun-governs-amount",
        "a-projection-for-the-full-year-after-a-past-verb",
        None,
        "MANILA, Aug 20 - The Philippines' trade deficit widened to 610 mln dlrs in the first "
        "seven months of 1987 from 402 mln a year earlier, the statistics office said.\n\n"
        "Planners said the deficit was within the government's projection of 900 mln dlrs for "
        "the full year.",
        D(1987, 8, 20),
        [
            ("PHL", None, "balance", -610_000_000, "USD", "1987-01-01", "1987-07-31", False),
            ("PHL", None, "balance", -402_000_000, "USD", "1986-01-01", "1986-07-31", False),
            ("PHL", None, "balance", -900_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "goal-noun-governs-amount",
        "a-targeted-level-against-last-year-s-fact",
        None,
        "WARSAW, Feb 12 - Hungary's hard currency trade surplus has shrunk in recent years. "
        "Last year it was 410 mln dlrs against a targeted 700 mln, official figures show.",
        D(1987, 2, 12),
        [
            ("HUN", None, "balance", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("HUN", None, "balance", 700_000_000, "USD", "1986-01-01", "1986-12-31", True),
        ],
    ),
    (
        "goal-noun-governs-amount",
        "near-miss-a-goal-after-another-amount-s-period-gives-none",
        None,
        "Officials said that trade between Mongolia and Japan reached $400 million in the first "
        "nine months of the year and pledged to work toward the goal of $1 billion in annual "
        "trade.",
        D(2023, 11, 20),
        [("MNG", "JPN", "turnover", 400_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "goal-noun-governs-amount",
        "near-miss-a-base-against-a-fact-stays-a-fact",
        None,
        "WARSAW, Feb 12 - Hungary's trade surplus was 410 mln dlrs last year, against 520 mln "
        "in 1985, official figures show.",
        D(1987, 2, 12),
        [
            ("HUN", None, "balance", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("HUN", None, "balance", 520_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written49_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written49_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
