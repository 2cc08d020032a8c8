"""Trade error classes of session 48: fields of records the library emits.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``base-after-restated-currency``: a bare comparison base ("from Y in 1985") after a
  figure restated in another currency ("X baht (about Z dlrs)", "X rupees, or about Z
  dlrs,") is in the figure's own currency, not the restatement's.
- ``world-above-the-pair``: a bare export, import or turnover that took its partner from the
  story's pair (headline or earlier sentence) is the state's trade with the world when a
  sentence naming that partner gives the pair a smaller value of that flow for that period.
- ``close-to-and-passed-bounds``: an amount after "close to" (nearly) or after "passed",
  "went past" (exceeded: "passed $X", "has gone past the X mark") is a bound, no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- base-after-restated-currency: the base takes the first currency, not the second
    (
        "base-after-restated-currency",
        "a-bracketed-dollar-restatement-before-the-base",
        None,
        "SEOUL, April 2 - South Korea's trade surplus with Italy grew to 396 billion won "
        "(about 450 mln dlrs) last year from 311 billion in 1985, the trade ministry said.",
        D(1987, 4, 2),
        [
            ("KOR", "ITA", "balance", 396_000_000_000, "KRW", "1986-01-01", "1986-12-31", False),
            ("KOR", "ITA", "balance", 311_000_000_000, "KRW", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "base-after-restated-currency",
        "an-or-about-dollar-restatement-before-the-base",
        None,
        "PRETORIA, May 8 - In the first quarter of 1987, South Africa's trade surplus widened "
        "to 8.4 billion rand, or about 4.1 billion dlrs, from 7.05 billion in the same quarter "
        "a year earlier, customs said.",
        D(1987, 5, 8),
        [
            ("ZAF", None, "balance", 8_400_000_000, "ZAR", "1987-01-01", "1987-03-31", False),
            ("ZAF", None, "balance", 4_100_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("ZAF", None, "balance", 7_050_000_000, "ZAR", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "base-after-restated-currency",
        "near-miss-a-base-with-its-own-currency-keeps-it",
        None,
        "SEOUL, April 2 - South Korea's trade surplus with Italy grew to 396 billion won last "
        "year from 410 mln dlrs in 1985, the trade ministry said.",
        D(1987, 4, 2),
        [
            ("KOR", "ITA", "balance", 396_000_000_000, "KRW", "1986-01-01", "1986-12-31", False),
            ("KOR", "ITA", "balance", 410_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "base-after-restated-currency",
        "near-miss-a-base-in-the-next-sentence-after-a-dollar-figure",
        None,
        "SEOUL, April 2 - South Korea's exports to Italy grew to 1.2 billion dlrs (about 1,050 "
        "billion won) last year, the trade ministry said.\n\nImports from Italy rose to 870 mln "
        "dlrs from 790 million in 1985.",
        D(1987, 4, 2),
        [
            ("KOR", "ITA", "export", 1_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("KOR", "ITA", "import", 870_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("KOR", "ITA", "import", 790_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),  # --- world-above-the-pair: a bare flow larger than the pair's own is the world's
    (
        "world-above-the-pair",
        "a-headline-pair-and-the-partner-buying-less-later",
        "Ghana exports climb on British demand",
        "Ghana's exports rose 12% in 2004 to $3.9bn, helped by demand in Britain for its "
        "cocoa and gold, official figures show.\n\nBritain was Ghana's biggest export market "
        "in 2004, buying goods worth $610m.",
        None,
        [
            ("GHA", None, "export", 3_900_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("GHA", "GBR", "export", 610_000_000, "USD", "2004-01-01", "2004-12-31", False),
        ],
    ),
    (
        "world-above-the-pair",
        "a-headline-flow-to-a-partner-and-the-lead-total",
        "Peru's sales to Canada up by a quarter in 9M2024",
        "Peru's goods exports came to $ 48,2 bln in January-September 2024, up 9.1% on a year "
        "before, the statistics institute said.\n\nExports to Canada climbed by a quarter on "
        "the year, to $ 1,32 bln over the nine months.",
        None,
        [
            ("PER", None, "export", 48_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "CAN", "export", 1_320_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "world-above-the-pair",
        "near-miss-the-pair-flow-with-no-value-of-its-own-stays-the-pair-s",
        "Ghana, Britain trade grows",
        "Trade between Ghana and Britain totalled $900m in 2004, official figures show."
        "\n\nGhana's exports made up $610m, while Britain's exports to Ghana were $290m.",
        None,
        [
            ("GHA", "GBR", "turnover", 900_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("GHA", "GBR", "export", 610_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("GBR", "GHA", "export", 290_000_000, "USD", "2004-01-01", "2004-12-31", False),
        ],
    ),
    (
        "world-above-the-pair",
        "near-miss-a-balance-has-no-order-and-is-left-alone",
        "Ghana exports climb on British demand",
        "Ghana's trade surplus rose in 2004 to $1.2bn, helped by demand in Britain for its "
        "cocoa and gold, official figures show.\n\nGhana's surplus with Britain was $320m in "
        "2004.",
        None,
        [
            ("GHA", None, "balance", 1_200_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("GHA", "GBR", "balance", 320_000_000, "USD", "2004-01-01", "2004-12-31", False),
        ],
    ),  # --- close-to-and-passed-bounds: "close to X" and "passed X" are bounds, no records
    (
        "close-to-and-passed-bounds",
        "close-to-a-value-in-the-local-currency",
        None,
        "Trade between Georgia and Moldova reached $142 million in 2024, the statistics "
        "office said. In lari terms it was close to 390 million lari.",
        D(2025, 3, 4),
        [
            ("GEO", "MDA", "turnover", 142_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    (
        "close-to-and-passed-bounds",
        "trade-passed-an-amount-for-the-first-time",
        None,
        "Chile's exports rose to $98bn in 2024, the central bank said. Trade with Peru, most "
        "of it by road, passed $4bn for the first time.",
        D(2025, 3, 4),
        [
            ("CHL", None, "export", 98_000_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    (
        "close-to-and-passed-bounds",
        "gone-past-a-mark-is-no-sum-in-marks",
        None,
        "Chile's trade with Peru reached $4.2 billion last year, the first time it has gone "
        "past the 4 billion mark, the central bank said.",
        D(2025, 3, 4),
        [
            ("CHL", "PER", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    (
        "close-to-and-passed-bounds",
        "near-miss-an-approximate-value-stays-a-record",
        None,
        "Chile's trade with Peru reached about $4.2 billion last year, up from $3.9 billion "
        "in 2023, the central bank said.",
        D(2025, 3, 4),
        [
            ("CHL", "PER", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("CHL", "PER", "turnover", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written48_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written48_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
