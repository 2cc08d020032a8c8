"""Trade records: general gaps of regional news, one class per row.

Currencies written as a country adjective and a currency word ("Georgian lari"), or
as a currency symbol ("₸"); a change written as "X, or N percent more than"; and a
lead clause whose period closes the parallel clause after it. Texts, names and
figures are invented for diplonews.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.money import currency_word, extract_money
from trade_rows import Row, trade_rows

D = dt.date

# (amount as written, the amount, its ISO 4217 code): each after "Trade came to ".
CURRENCIES: list[tuple[str, int, str]] = [
    ("120.5 million Georgian lari", 120_500_000, "GEL"),
    ("2 billion Georgian laris", 2_000_000_000, "GEL"),
    ("3.2 billion Kazakh tenge", 3_200_000_000, "KZT"),
    ("3.2 billion Kazakhstani tenge", 3_200_000_000, "KZT"),
    ("15 trillion Uzbek soums", 15_000_000_000_000, "UZS"),
    ("15 trillion Uzbek sums", 15_000_000_000_000, "UZS"),
    ("4 billion Uzbek som", 4_000_000_000, "UZS"),
    ("2 billion Kyrgyz som", 2_000_000_000, "KGS"),
    ("30 million Tajik somoni", 30_000_000, "TJS"),
    ("4.1 billion Pakistani rupees", 4_100_000_000, "PKR"),
    ("2 billion Sri Lankan rupees", 2_000_000_000, "LKR"),
    ("50 billion Russian roubles", 50_000_000_000, "RUB"),
    ("50 billion Russian rubles", 50_000_000_000, "RUB"),
    ("2 billion Belarusian rubles", 2_000_000_000, "BYN"),
    ("7 billion Turkish lira", 7_000_000_000, "TRY"),
    ("300 million Azerbaijani manats", 300_000_000, "AZN"),
    ("900 million Turkmen manats", 900_000_000, "TMT"),
    ("12 million Armenian drams", 12_000_000, "AMD"),
    ("5 billion Iranian rials", 5_000_000_000, "IRR"),
    ("3 billion Qatari riyals", 3_000_000_000, "QAR"),
    ("1 billion Iraqi dinars", 1_000_000_000, "IQD"),
    ("3 billion UAE dirhams", 3_000_000_000, "AED"),
    ("3 billion Ukrainian hryvnias", 3_000_000_000, "UAH"),
    ("2 million Moldovan lei", 2_000_000, "MDL"),
    ("5 million Mongolian tugriks", 5_000_000, "MNT"),
    ("10 billion Chinese yuan", 10_000_000_000, "CNY"),
    ("5 billion South Korean won", 5_000_000_000, "KRW"),
    ("12 billion Afghan afghanis", 12_000_000_000, "AFN"),
    ("2 billion Bangladeshi taka", 2_000_000_000, "BDT"),
    ("3 billion Egyptian pounds", 3_000_000_000, "EGP"),
    ("2 billion Philippine pesos", 2_000_000_000, "PHP"),
    ("3 billion Swiss francs", 3_000_000_000, "CHF"),
    ("4 billion US dollars", 4_000_000_000, "USD"),
    ("₹500 crore", 5_000_000_000, "INR"),
    ("₽2.5 billion", 2_500_000_000, "RUB"),
    ("₸300 billion", 300_000_000_000, "KZT"),
    ("₦5 billion", 5_000_000_000, "NGN"),
    ("₺12 billion", 12_000_000_000, "TRY"),
    ("₼1.2 billion", 1_200_000_000, "AZN"),
    ("₾40 million", 40_000_000, "GEL"),
    ("֏ 12 billion", 12_000_000_000, "AMD"),
    ("₴3 billion", 3_000_000_000, "UAH"),
    ("₩3 trillion", 3_000_000_000_000, "KRW"),
    ("2.87 billion H.K. Dlr", 2_870_000_000, "HKD"),
    ("64 mln N.Z. Dlrs", 64_000_000, "NZD"),
    ("310 mln Aust dlrs", 310_000_000, "AUD"),
    # Controls: forms read before this change, read the same.
    ("1.5 bln manat", 1_500_000_000, "AZN"),
    ("2 billion AZN", 2_000_000_000, "AZN"),
    ("Rs 300 billion", 300_000_000_000, "INR"),
    ("5 billion roubles", 5_000_000_000, "RUB"),
]


@pytest.mark.parametrize(("written", "amount", "code"), CURRENCIES, ids=[c[0] for c in CURRENCIES])
def test_currency_forms(written: str, amount: int, code: str) -> None:
    """Each form is one amount, in the currency its words or symbol name."""
    mentions = extract_money(f"Trade came to {written} last year.")
    assert [(m.text, int(m.amount), m.currency) for m in mentions] == [(written, amount, code)]


# (words as written, the code): the adjective names the issuer; a word no issuer decides
# reads as it does alone; a word after no country adjective is no currency.
WORDS: list[tuple[str, str | None]] = [
    ("Belarusian roubles", "BYN"),
    ("Kyrgyz soms", "KGS"),
    ("Omani rials", "OMR"),
    ("Moroccan dirhams", "MAD"),
    ("Canadian dollars", "CAD"),
    ("Danish kroner", "DKK"),
    ("Kazakh tenge", "KZT"),
    ("Italian lire", "ITL"),
    ("French francs", "FRF"),
    ("Egyptian pounds", "EGP"),
    ("Silver tenge", None),
]


@pytest.mark.parametrize(("words", "code"), WORDS, ids=[w[0] for w in WORDS])
def test_currency_word_after_a_country_adjective(words: str, code: str | None) -> None:
    """The country adjective decides the code of the word after it."""
    assert currency_word(words) == code


def test_an_adjective_before_a_word_that_is_no_currency_stays_out_of_the_amount() -> None:
    """A country adjective is part of an amount only before a currency word."""
    mentions = extract_money("Some 40 million Georgian tourists and 3 million Kazakh students.")
    assert [(m.text, m.currency) for m in mentions] == [("40 million", None), ("3 million", None)]


# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "a-goal-with-a-horizon-and-no-period-is-no-record-even-after-a-dated-phrase",
        "Trade between Peru and Chile totalled $5.3 billion in 2023. The presidents set the "
        "task at their talks in Arica in March of bringing it to $8 bln in the medium term.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 5_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "an-adjective-currency-is-the-record-s-currency",
        "Trade between Georgia and Peru reached 240.5 million Georgian lari in 2023, the "
        "statistics office said.",
        D(2024, 2, 1),
        [("GEO", "PER", "turnover", 240_500_000, "GEL", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "the-adjective-of-the-currency-names-no-partner",
        "Chile's exports to Kazakhstan reached 950 billion Kazakh tenge in 2023, the customs "
        "service said.",
        D(2024, 2, 1),
        [("CHL", "KAZ", "export", 950_000_000_000, "KZT", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-currency-symbol-is-the-record-s-currency",
        "Trade between Russia and Peru reached ₽64 billion in 2023.",
        D(2024, 2, 1),
        [("RUS", "PER", "turnover", 64_000_000_000, "RUB", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "an-amount-restated-as-or-n-percent-more-is-a-change",
        "Trade turnover between Peru and Chile reached $48.3 million in January-March 2024. "
        "This is $4.2 million, or 9.5 percent more than in the same period of 2023.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 48_300_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "an-amount-restated-as-or-n-percent-less-with-commas-is-a-change",
        "Trade turnover between Peru and Chile reached $48.3 million in January-March 2024. "
        "It is $4.2 million, or 8%, less than a year earlier.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 48_300_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "a-percentage-restated-as-an-amount-then-more-is-a-change",
        "Trade turnover between Peru and Chile reached $48.3 million in January-March 2024. "
        "This is 9.5 percent, or $4.2 million, more than in the same period of 2023.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 48_300_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "the-period-closing-a-parallel-while-clause-is-the-first-clause-s-too",
        "Peru's exports to Chile amounted to $315 million, while imports from Chile totaled "
        "$118 million in January-June 2024.",
        D(2024, 8, 1),
        [
            ("PER", "CHL", "export", 315_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", "CHL", "import", 118_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "the-period-closing-a-parallel-and-clause-is-the-first-clause-s-too",
        "Peru's exports to Chile amounted to $315 million and imports from Chile totaled "
        "$118 million in 2023.",
        D(2024, 8, 1),
        [
            ("PER", "CHL", "export", 315_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "import", 118_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-clause-opened-by-whereas-is-read-as-one-opened-by-while",
        "Peru's exports to Chile amounted to $315 million in 2023, whereas imports from Chile "
        "totaled $118 million in 2023.",
        D(2024, 8, 1),
        [
            ("PER", "CHL", "export", 315_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "import", 118_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-split-fiscal-year-in-a-story-that-states-its-calendar-is-that-fiscal-year",
        "Nepal's exports to Peru slowed in the first half of the current fiscal year "
        "(July-December 2023), the bank said.\n\nNepal's exports to Peru stood at $81 million "
        "in FY2022-23, the ministry said.",
        D(2024, 1, 22),
        [("NPL", "PER", "export", 81_000_000, "USD", "2022-07-01", "2023-06-30", False)],
    ),
    (
        "a-whole-fiscal-year-in-shorthand-in-a-story-that-states-its-calendar-is-that-year",
        "Nepal's exports to Peru slowed in the first half of the current fiscal year "
        "(July-December 2023), the bank said.\n\nNepal's overall exports stood at $1.64 billion "
        "in FY24, while imports were $14.73 billion.",
        D(2024, 8, 1),
        [
            ("NPL", None, "export", 1_640_000_000, "USD", "2023-07-01", "2024-06-30", False),
            ("NPL", None, "import", 14_730_000_000, "USD", "2023-07-01", "2024-06-30", False),
        ],
    ),
    (
        "a-dotted-country-abbreviation-before-a-currency-word-ends-no-sentence",
        "HONG KONG, March 26 - Hong Kong recorded a 2.87 billion H.K. Dlr deficit in February "
        "after a 1.93 billion dlr surplus in January, the department said.",
        D(1987, 3, 26),
        [
            ("HKG", None, "balance", -2_870_000_000, "HKD", "1987-02-01", "1987-02-28", False),
            ("HKG", None, "balance", 1_930_000_000, "HKD", "1987-01-01", "1987-01-31", False),
        ],
    ),
    (
        "a-bare-turnover-after-an-opening-period-goes-on-with-the-story-s-turnover",
        "LIMA, Aug 16 - Peru's foreign trade turnover amounted to $58.2 billion in the first "
        "half of 2022, the bureau said.\n\nExports reached $33.9 billion, while imports "
        "totalled $24.3 billion.\n\nIn June alone, turnover stood at about $10.4 billion.",
        D(2022, 8, 16),
        [
            ("PER", None, "turnover", 58_200_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("PER", None, "export", 33_900_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("PER", None, "import", 24_300_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("PER", None, "turnover", 10_400_000_000, "USD", "2022-06-01", "2022-06-30", False),
        ],
    ),
    # Controls: read the same before and after.
    (
        "a-split-fiscal-year-with-no-calendar-stated-is-no-period-a-reader-can-determine",
        "Nepal's exports to Peru stood at $81 million in FY2022-23, the ministry said.",
        D(2024, 1, 22),
        [],
    ),
    (
        "a-level-with-or-n-percent-more-after-its-period-stays-a-level",
        "Trade turnover between Peru and Chile reached $48.3 million in January-March 2024, "
        "or 9.5 percent more than a year earlier.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 48_300_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "a-level-after-its-verb-restated-with-or-n-percent-more-stays-a-level",
        "In January-March 2024, trade turnover between Peru and Chile reached $48.3 million, "
        "or 9.5 percent more than a year earlier.",
        D(2024, 5, 2),
        [("PER", "CHL", "turnover", 48_300_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "a-goal-whose-horizon-is-followed-by-a-year-is-for-that-year",
        "The two countries aim to bring trade between Peru and Chile to $8 billion in the future "
        "by 2027.",
        D(2024, 8, 1),
        [("PER", "CHL", "turnover", 8_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "a-period-after-a-comparison-s-amount-is-not-the-first-clause-s",
        "Peru's exports to Chile amounted to $315 million, while imports from Chile totaled "
        "$118 million, up from $97 million in 2023.",
        D(2024, 8, 1),
        [("PER", "CHL", "import", 97_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-clause-after-but-is-a-later-level-not-a-parallel-one",
        "Peru's trade with Chile reached a record $3.1 billion, but fell to $2.4 billion in 2023.",
        D(2024, 8, 1),
        [("PER", "CHL", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-clause-with-no-flow-of-its-own-is-a-later-level-not-a-parallel-one",
        "Peru's trade with Chile reached a record $3.1 billion and fell to $2.4 billion in 2023.",
        D(2024, 8, 1),
        [("PER", "CHL", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-period-named-before-the-first-clause-stays-its-own",
        "In 2023, Peru's exports to Chile amounted to $315 million, while imports from Chile "
        "totaled $118 million in January-June 2024.",
        D(2024, 8, 1),
        [
            ("PER", "CHL", "export", 315_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "import", 118_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
]


# (id, headline, body, published, expected records)
HEADLINED: list[tuple[str, str, str, dt.date, list[Row]]] = [
    (
        "the-two-countries-are-the-headline-s-pair-not-a-group-named-since",
        "Trade between Peru and Chile up by 18 percent",
        "LIMA, May 2 - The trade turnover between Peru and Chile for January-March 2024 reached "
        "$512 million, the statistics office reported.\n\nPeru's total foreign trade turnover "
        "for the three months came to $9.4 billion. Trade with Mercosur countries accounted for "
        "$2.2 billion.\n\nThe presidents of the two countries have set the goal of bringing "
        "bilateral trade to $3 billion in 2026.",
        D(2024, 5, 2),
        [
            ("PER", "CHL", "turnover", 512_000_000, "USD", "2024-01-01", "2024-03-31", False),
            ("PER", None, "turnover", 9_400_000_000, "USD", "2024-01-01", "2024-03-31", False),
            (
                "PER",
                "MERCOSUR",
                "turnover",
                2_200_000_000,
                "USD",
                "2024-01-01",
                "2024-03-31",
                False,
            ),
            ("PER", "CHL", "turnover", 3_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "the-sides-are-the-headline-s-pair-not-a-pair-a-passing-sentence-named",
        "Peruvian-Chilean trade hit $5.2 billion in 2023",
        "LIMA, May 2 - Trade between Peru and Chile totalled $5.2 billion in 2023, the "
        "ambassador told reporters.\n\nEcuador's trade with Chile in the same period stood at "
        "$2.5 billion.\n\nThe ambassador said the sides hoped to lift trade to $7 billion in 2025.",
        D(2024, 5, 2),
        [
            ("PER", "CHL", "turnover", 5_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ECU", "CHL", "turnover", 2_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 7_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
]


HEADLINED.append(
    (
        "a-headline-on-no-trade-gives-the-sides-no-pair",
        "Peru and Ecuador leaders meet in Lima",
        "LIMA, May 2 - Ecuador's trade with Chile reached $2.5 billion in 2023, the ministry "
        "said.\n\nThe sides aim to lift trade to $4 billion in 2025.",
        D(2024, 5, 2),
        [
            ("ECU", "CHL", "turnover", 2_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ECU", "CHL", "turnover", 4_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    )
)


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"),
    [r[1:] for r in HEADLINED],
    ids=[r[0] for r in HEADLINED],
)
def test_headlined_records(title: str, body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published, title), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("body", "published", "expected"), [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS]
)
def test_records(body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published), key=repr) == sorted(expected, key=repr)
