"""Trade error classes read on the released sets of session 11, audited as a table (issue 9).

Its rows are trade rows (``trade_rows`` says what a row is and when it passes), with
invented states' figures. The classes are the ways of writing a trade figure that the
errors of a released page set and a released corpus key showed the library misread; no
row repeats a sentence, a name pairing or a figure of those pages:

- ``back-reference``: a sentence that only points back to the figure before it ("the
  figure stood at ...", "This compared with ...", "the total turnover was equivalent to")
  restates that figure's record (its flow, reporter and partner) for its own period or
  currency;
- ``ranking-list``: partners listed after the top partner of a ranking ("Next come A
  ($x), B ($y)") take the ranking's flow (trade), not the flow of a part of the top
  partner's figure told in between;
- ``relative-clause-year``: a year inside a relative clause about a state ("which left
  the bloc in 2009") is no period of the figure that follows;
- ``of-which-part``: "of which $X were <demonym> exports" is that state's export
  share of the pair's trade;
- ``partner-description``: a partner written as a description ("the Gulf kingdom",
  "the southern neighbour") is the state named just before;
- ``in-trade``: "N pct of A's X dlrs in trade during P": X is A's trade in P;
- ``months-ended``: "the N months ended/to <month>" are the N months ending in that month;
- ``against``: "against X in P" after a figure gives the same record for P (regression
  rows: they passed before; the released miss of this shape wrote its amount in words
  with no currency, which the money reader leaves alone);
- ``relative-clause-figure``: "A-B trade, which reached $X in P, ..." is a record;
- ``there``: "<demonym> exports there" after the market just named export to that market,
  and a spaced dash between a name and a demonym ("Chile – Peruvian exports") is no pair;
- ``non-group``: "non-oil foreign trade" is no total trade (all goods but one group);
- near misses that must give no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- back-reference: "the figure" / "This compared with" restate the figure before
    (
        "back-reference",
        "the-figure-for-the-whole-year-after-a-turnover-and-its-export-part",
        None,
        "Trade between Kazakhstan and Latvia in January-June 2024 came to $212.4 million, "
        "of which Kazakh exports made up $150.3 million. For the whole of 2023 the figure "
        "was $388 million.",
        D(2024, 7, 20),
        [
            ("KAZ", "LVA", "turnover", 212_400_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "LVA", "export", 150_300_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "LVA", "turnover", 388_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "back-reference",
        "the-figure-in-dollar-terms-restates-a-turnover-in-another-currency",
        None,
        "Tajikistan's trade with Iran reached 4.1 billion somoni in 2023, the statistics "
        "agency said. In dollar terms, the figure stood at $371.5 million.",
        D(2024, 2, 8),
        [
            ("TJK", "IRN", "turnover", 4_100_000_000, "TJS", "2023-01-01", "2023-12-31", False),
            ("TJK", "IRN", "turnover", 371_500_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "back-reference",
        "in-u-s-dollar-terms-the-figure-restates-a-turnover-in-yuan",
        None,
        "Trade between China and Mongolia reached 48.6 billion yuan in January-September "
        "2024, customs data showed. In U.S. dollar terms, the figure stood at 6.84 billion "
        "dollars.",
        D(2024, 10, 20),
        [
            ("CHN", "MNG", "turnover", 48_600_000_000, "CNY", "2024-01-01", "2024-09-30", False),
            ("CHN", "MNG", "turnover", 6_840_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "back-reference",
        "this-compared-with-a-month-of-the-year-before",
        None,
        "PARIS, May 10 - French exports to Japan were 2.31 billion francs in March, customs "
        "figures showed. This compared with 2.64 billion francs in March 1986.",
        D(1987, 5, 10),
        [
            ("FRA", "JPN", "export", 2_310_000_000, "FRF", "1987-03-01", "1987-03-31", False),
            ("FRA", "JPN", "export", 2_640_000_000, "FRF", "1986-03-01", "1986-03-31", False),
        ],
    ),
    (
        "back-reference",
        "that-compares-with-a-quarter-of-the-year-before",
        None,
        "Armenia's exports to Iran amounted to $96.4 million in the first quarter of 2024. "
        "That compares with $81.2 million in the first quarter of 2023.",
        D(2024, 5, 2),
        [
            ("ARM", "IRN", "export", 96_400_000, "USD", "2024-01-01", "2024-03-31", False),
            ("ARM", "IRN", "export", 81_200_000, "USD", "2023-01-01", "2023-03-31", False),
        ],
    ),
    (
        "back-reference",
        "the-total-turnover-in-national-currency-after-a-partner-s-figure",
        None,
        "YEREVAN, April 20 - Armenia's foreign trade turnover reached $5.1 billion in "
        "the first quarter of 2024. Trade with Greece amounted to $31.4 million.\n\n"
        "In national currency, the total turnover was equivalent to 2.04 trillion drams.",
        D(2024, 4, 20),
        [
            ("ARM", None, "turnover", 5_100_000_000, "USD", "2024-01-01", "2024-03-31", False),
            ("ARM", "GRC", "turnover", 31_400_000, "USD", "2024-01-01", "2024-03-31", False),
            ("ARM", None, "turnover", 2_040_000_000_000, "AMD", "2024-01-01", "2024-03-31", False),
        ],
    ),
    (
        "back-reference",
        "the-overall-turnover-for-the-year-after-a-partner-s-figure",
        None,
        "ASTANA, Feb. 12 - Kazakhstan's foreign trade turnover amounted to $139.8 billion in "
        "2023. Trade with Italy came to $16.1 billion.\n\n"
        "In tenge terms, the overall turnover reached 63.7 trillion tenge.",
        D(2024, 2, 12),
        [
            ("KAZ", None, "turnover", 139_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "ITA", "turnover", 16_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", None, "turnover", 63_700_000_000_000, "KZT", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- ranking-list: partners after the top partner take the ranking's flow
    (
        "ranking-list",
        "next-come-after-an-import-part-of-the-top-partner",
        None,
        "Germany remained Hungary's main trading partner with $1.21 billion worth of trade "
        "in January-May 2024. Hungary's imports from Germany accounted for $902.4 million of "
        "that amount. Next come Austria ($804.5 million), Slovakia ($611.7 million) and "
        "Poland ($355.3 million).",
        D(2024, 6, 19),
        [
            ("HUN", "DEU", "turnover", 1_210_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("HUN", "DEU", "import", 902_400_000, "USD", "2024-01-01", "2024-05-31", False),
            ("HUN", "AUT", "turnover", 804_500_000, "USD", "2024-01-01", "2024-05-31", False),
            ("HUN", "SVK", "turnover", 611_700_000, "USD", "2024-01-01", "2024-05-31", False),
            ("HUN", "POL", "turnover", 355_300_000, "USD", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "ranking-list",
        "followed-by-after-an-export-part-of-the-top-partner",
        None,
        "Brazil remained Paraguay's largest trading partner in 2023 with $3.4 billion "
        "worth of trade. Paraguay's exports to Brazil made up $1.06 billion of that "
        "amount. Next come Argentina ($1.6 billion) and Chile ($1.1 billion).",
        D(2024, 2, 10),
        [
            ("PRY", "BRA", "turnover", 3_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PRY", "BRA", "export", 1_060_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PRY", "ARG", "turnover", 1_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PRY", "CHL", "turnover", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- relative-clause-year: a year in a clause about a state is no period
    (
        "relative-clause-year",
        "which-joined-a-zone-in-a-year-before-the-verb",
        None,
        "Armenia's foreign trade turnover in January-April 2024 amounted to $4.1 billion. "
        "Trade with Georgia, which joined the free-trade zone in 2014, totalled $312.4 "
        "million.",
        D(2024, 5, 28),
        [
            ("ARM", None, "turnover", 4_100_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("ARM", "GEO", "turnover", 312_400_000, "USD", "2024-01-01", "2024-04-30", False),
        ],
    ),
    (
        "relative-clause-year",
        "which-became-an-observer-in-a-year-before-the-verb",
        None,
        "Uzbekistan's trade with the EAEU states reached $9.8 billion in the first half of "
        "2024. Trade with Moldova, which became an observer state in 2018, stood at $21.5 "
        "million.",
        D(2024, 7, 22),
        [
            ("UZB", "EAEU", "turnover", 9_800_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "MDA", "turnover", 21_500_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- of-which-part: "of which $X were <demonym> exports"
    (
        "of-which-part",
        "of-which-money-were-demonym-exports",
        None,
        "Trade between Turkmenistan and Turkey totalled $1.43 billion in 2023, of which "
        "$890.2 million were Turkmen exports.",
        D(2024, 1, 30),
        [
            ("TKM", "TUR", "turnover", 1_430_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TKM", "TUR", "export", 890_200_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "of-which-part",
        "of-which-money-was-demonym-imports",
        None,
        "Bilateral trade between Kazakhstan and Hungary reached $412.6 million in "
        "January-August 2024, of which $188.4 million was Kazakh imports.",
        D(2024, 9, 15),
        [
            ("KAZ", "HUN", "turnover", 412_600_000, "USD", "2024-01-01", "2024-08-31", False),
            ("KAZ", "HUN", "import", 188_400_000, "USD", "2024-01-01", "2024-08-31", False),
        ],
    ),
    # --- partner-description: "the Gulf kingdom", "the southern neighbour"
    (
        "partner-description",
        "exports-to-the-gulf-kingdom-after-its-name",
        None,
        "AMMAN, March 3 - Saudi Arabia remained the main buyer of Jordanian goods in 2023, "
        "with exports to "
        "the Gulf kingdom amounting to $1.36 billion.",
        D(2024, 3, 3),
        [("JOR", "SAU", "export", 1_360_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "partner-description",
        "exports-to-the-southern-neighbour-after-a-pair-s-trade",
        None,
        "Kenya's trade with Tanzania in 2023 amounted to $862.1 million, with "
        "exports to the southern neighbour accounting for $531.7 million.",
        D(2024, 2, 2),
        [
            ("KEN", "TZA", "turnover", 862_100_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "TZA", "export", 531_700_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "partner-description",
        "imports-from-the-asian-country-after-its-name",
        None,
        "BUDAPEST, April 25 - Vietnam was the largest supplier of goods to Hungary in "
        "January-March 2024 among "
        "Asian states, with imports from the Asian country totalling $402.8 million.",
        D(2024, 4, 25),
        [("HUN", "VNM", "import", 402_800_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "partner-description",
        "exports-to-the-european-country-then-a-list-of-partners",
        None,
        "TIRANA, March 5 - Italy remained the main destination for Albanian goods, with "
        "exports to the European country amounting to $1.2 billion in 2023, followed by "
        "Greece ($310 million) and Germany ($205 million).",
        D(2024, 3, 5),
        [
            ("ALB", "ITA", "export", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ALB", "GRC", "export", 310_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ALB", "DEU", "export", 205_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- in-trade: "N dlrs in trade during P"
    (
        "in-trade",
        "share-of-a-state-s-money-in-trade-during-a-year",
        None,
        "BRASILIA, March 4 - Barter deals made up only three pct of Brazil's 41.2 billion "
        "dlrs in trade during 1986, officials said.",
        D(1987, 3, 4),
        [("BRA", None, "turnover", 41_200_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "in-trade",
        "share-of-the-estimated-money-in-trade-during-months-ended",
        None,
        "OSLO, July 3 - Barter accounts for less than ten pct of Norway's estimated 12.7 "
        "billion dlrs in trade during the six months ended June, the sources said.",
        D(1987, 7, 3),
        [("NOR", None, "turnover", 12_700_000_000, "USD", "1987-01-01", "1987-06-30", False)],
    ),
    # --- months-ended: "the N months ended/to <month>" is N months ending in that month
    (
        "months-ended",
        "exports-in-the-eight-months-to-a-month",
        None,
        "KUALA LUMPUR, Oct 1 - Malaysia's exports reached 61.2 billion ringgit in the eight "
        "months to August, the statistics department said.",
        D(1987, 10, 1),
        [("MYS", None, "export", 61_200_000_000, "MYR", "1987-01-01", "1987-08-31", False)],
    ),
    (
        "months-ended",
        "deficit-in-the-nine-months-ended-a-month-across-a-year",
        None,
        "NAIROBI, May 20 - Kenya ran a trade deficit of 412 mln dlrs in the nine months "
        "ended March, central bank figures showed.",
        D(1987, 5, 20),
        [("KEN", None, "balance", -412_000_000, "USD", "1986-07-01", "1987-03-31", False)],
    ),
    (
        "months-ended",
        "a-likely-share-of-trade-in-the-months-ended-a-past-month-is-no-goal",
        None,
        "AMMAN, Feb. 26 - Countertrade may make up under five pct of Jordan's "
        "estimated 3.2 billion dlrs in trade in the nine months to December, "
        "ministry sources said.",
        D(1987, 2, 26),
        [("JOR", None, "turnover", 3_200_000_000, "USD", "1986-04-01", "1986-12-31", False)],
    ),
    # --- against: "against X in P" after a figure
    (
        "against",
        "estimated-at-against-a-bare-number-the-year-before",
        None,
        "ATHENS, June 2 - Total trade with Poland is estimated at 1.42 billion dlrs in 1986, "
        "against 1.18 billion in 1985, officials said.",
        D(1987, 6, 2),
        [
            ("GRC", "POL", "turnover", 1_420_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GRC", "POL", "turnover", 1_180_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "against",
        "exports-reached-against-money-the-year-before",
        None,
        "Turkey's exports to Iraq reached $1.9 billion in 2023, against $1.6 billion in "
        "2022, the ministry said.",
        D(2024, 1, 18),
        [
            ("TUR", "IRQ", "export", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TUR", "IRQ", "export", 1_600_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    # --- relative-clause-figure: "A-B trade, which reached $X in P, ..."
    (
        "relative-clause-figure",
        "adjective-pair-trade-which-reached-was-on-the-agenda",
        None,
        "The ministers also discussed Uzbek-Latvian trade, which reached $95.6 million in "
        "2023, and new transport routes.",
        D(2024, 4, 11),
        [("UZB", "LVA", "turnover", 95_600_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "relative-clause-figure",
        "adjective-pair-trade-which-totalled-as-a-subject",
        None,
        "Azerbaijani-Moldovan trade, which totalled $31.2 million in 2023, was also on the "
        "agenda of the talks.",
        D(2024, 3, 5),
        [("AZE", "MDA", "turnover", 31_200_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- there: "<demonym> exports there" after the market named before: that market
    (
        "there",
        "the-largest-market-then-a-spaced-dash-and-demonym-exports-there",
        None,
        "TIRANA, March 5 - Albania's exports reached $4.1 billion in 2023. The largest "
        "export market was Italy – Albanian exports there totalled $1.2 billion.",
        D(2024, 3, 5),
        [
            ("ALB", None, "export", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ALB", "ITA", "export", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "there",
        "the-top-market-and-demonym-exports-there",
        None,
        "LIMA, Feb. 14 - Peru's exports amounted to $64.2 billion in 2023. China remained "
        "the top market, and Peruvian exports there reached $23.1 billion.",
        D(2024, 2, 14),
        [
            ("PER", None, "export", 64_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHN", "export", 23_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- non-group: "non-oil foreign trade" is trade in all goods but one group, no total
    (
        "non-group",
        "non-oil-foreign-trade-in-tonnes-and-dollars-is-no-record",
        None,
        "KUWAIT, May 2 - Kuwait's non-oil foreign trade reached 8.1 million tonnes worth $6.2 "
        "billion in the first quarter of 2024, the customs office said.",
        D(2024, 5, 2),
        [],
    ),
    (
        "non-group",
        "non-energy-external-trade-is-no-record",
        None,
        "MUSCAT, March 9 - Oman's non-energy external trade stood at $9.7 billion in 2023, "
        "the statistics centre said.",
        D(2024, 3, 9),
        [],
    ),
    # --- near misses: no record
    (
        "near-miss",
        "the-figure-after-a-product-export-is-no-record",
        None,
        "Kazakhstan's wheat exports to Iran came to $210.4 million in 2023. For 2022 the "
        "figure was $180.1 million.",
        D(2024, 2, 1),
        [],
    ),
    (
        "near-miss",
        "against-after-a-percentage-is-no-record",
        None,
        "Turkey's exports to Iraq rose 12 pct in 2023, against 9 pct in 2022.",
        D(2024, 1, 18),
        [],
    ),
    (
        "near-miss",
        "a-product-s-exports-there-are-no-record",
        None,
        "Italy remained the biggest market for Armenian brandy, with brandy exports to the "
        "European country reaching $21.3 million in 2023.",
        D(2024, 3, 1),
        [],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
