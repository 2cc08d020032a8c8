"""Trade records: table-driven rows (texts written for diplonews in newswire style)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.models import Article
from diplonews.parsing.trade import extract_trade_records

Row = tuple[str, str | None, str, int, str, str, str, bool]


def _records(body: str, published: dt.date | None) -> list[Row]:
    article = Article(id="t", body=body, published=published)
    return [
        (
            str(r.reporter),
            None if r.partner is None else str(r.partner),
            r.flow.value,
            int(r.value),
            r.currency,
            r.period.start.isoformat(),
            r.period.end.isoformat(),
            r.target,
        )
        for r in extract_trade_records(article)
    ]


D = dt.date

# (id, body, published, expected records)
RECORDS = [
    (
        "turnover-between-with-flows",
        "In 2020, the trade turnover between Kazakhstan and Georgia was $41.5 million, "
        "with $30.2 million in exports and $11.3 million in imports.",
        D(2021, 3, 1),
        [
            ("KAZ", "GEO", "turnover", 41_500_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KAZ", "GEO", "export", 30_200_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KAZ", "GEO", "import", 11_300_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "surplus-with-partner-attributive",
        "Last year, Italy ran a 4.2 billion dlr surplus with Canada, officials said.",
        D(1987, 5, 4),
        [("ITA", "CAN", "balance", 4_200_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "deficit-is-negative-and-from-to-two-records",
        "Norway's trade deficit narrowed from 3 billion crowns in 1985 to 1.5 billion crowns "
        "in 1986.",
        D(1987, 2, 10),
        [
            ("NOR", None, "balance", -3_000_000_000, "NOK", "1985-01-01", "1985-12-31", False),
            ("NOR", None, "balance", -1_500_000_000, "NOK", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "currency-and-reporter-carried",
        "OSLO, May 4 - Norway's exports rose to 9.1 billion crowns in April.\n\n"
        "Imports rose to 8.7 billion in April from 8.2 billion in March.",
        D(1987, 5, 4),
        [
            ("NOR", None, "export", 9_100_000_000, "NOK", "1987-04-01", "1987-04-30", False),
            ("NOR", None, "import", 8_700_000_000, "NOK", "1987-04-01", "1987-04-30", False),
            ("NOR", None, "import", 8_200_000_000, "NOK", "1987-03-01", "1987-03-31", False),
        ],
    ),
    (
        "same-period-last-year",
        "Finland's trade surplus in the first three months was 2.1 billion markkaa, against "
        "1.4 billion in the same period last year.",
        D(1987, 5, 4),
        [
            ("FIN", None, "balance", 2_100_000_000, "FIM", "1987-01-01", "1987-03-31", False),
            ("FIN", None, "balance", 1_400_000_000, "FIM", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "target-by-year",
        "The two presidents said Azerbaijan and Kazakhstan aim to bring trade turnover to "
        "$1 billion by 2026.",
        D(2024, 6, 1),
        [("AZE", "KAZ", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "approximation-is-a-record",
        "The trade volume between Spain and Morocco reached about $14 billion in 2023.",
        D(2024, 2, 1),
        [("ESP", "MAR", "turnover", 14_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "group-reporter-mirrored",
        "The EC's trade deficit with Japan reached 2.5 billion dlrs in March.",
        D(1987, 4, 20),
        [("JPN", "EU", "balance", 2_500_000_000, "USD", "1987-03-01", "1987-03-31", False)],
    ),
    (
        "verbs-with-partners",
        "In 1986 Italy sold 300 mln dlrs worth of goods to Brazil and bought 120 mln dlrs "
        "worth from Brazil.",
        D(1987, 3, 1),
        [
            ("ITA", "BRA", "export", 300_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ITA", "BRA", "import", 120_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "dollar-country-bare-dlrs-are-local",
        "CANBERRA, May 4 - Australia had a trade deficit of 310 mln dlrs in April, "
        "the bureau said.",
        D(1987, 5, 4),
        [("AUS", None, "balance", -310_000_000, "AUD", "1987-04-01", "1987-04-30", False)],
    ),
    (
        "dollar-country-us-dlrs-stay-usd",
        "WELLINGTON, May 4 - New Zealand's exports were 1.2 billion U.S. Dlrs in 1986.",
        D(1987, 5, 4),
        [("NZL", None, "export", 1_200_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"), [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS]
)
def test_trade_records(body: str, published: dt.date | None, expected: list[Row]) -> None:
    """Each figure becomes one record with its parties, flow, money and period."""
    assert _records(body, published) == expected


# Figures that are not records (spec/EXTRACTION.md section 4).
NOT_RECORDS = [
    ("change-by", "Chile's exports increased by $279.9 million in 2020.", D(2021, 2, 1)),
    ("change-higher", "Chile's deficit was £4.5bn higher than a year earlier.", D(2021, 2, 1)),
    ("percentage", "Chile's exports rose 12 pct in 2020.", D(2021, 2, 1)),
    ("bound-more-than", "Trade between Chile and Peru exceeded $1 billion in 2020.", D(2021, 2, 1)),
    ("bound-almost", "Chile had a trade surplus of almost 9 billion dlrs in 2020.", D(2021, 2, 1)),
    (
        "range",
        "Chile expects a trade surplus of between 2 and 3 billion dlrs in 2021.",
        D(2021, 2, 1),
    ),
    ("commodity", "Chile's copper exports reached 20 billion dlrs in 2020.", D(2021, 2, 1)),
    ("commodity-of", "Chile's exports of wine reached 2 billion dlrs in 2020.", D(2021, 2, 1)),
    (
        "current-account",
        "Chile's current account surplus was 2 billion dlrs in 2020.",
        D(2021, 2, 1),
    ),
    ("services", "Chile's surplus on services was 1 billion dlrs in 2020.", D(2021, 2, 1)),
    ("share", "Peru took 25 percent of Chile's $50 million exports in 2020.", D(2021, 2, 1)),
    ("monthly-average", "Chile's exports averaged 2 billion dlrs a month in 2020.", D(2021, 2, 1)),
    ("no-currency", "Chile's exports reached 20 billion in 2020.", D(2021, 2, 1)),
    ("no-period", "Chile's trade surplus reached 20 billion dlrs, officials said.", D(2021, 2, 1)),
    (
        "debt",
        "Chile's trade deficit pushed its 20 billion dlr foreign debt up in 2020.",
        D(2021, 2, 1),
    ),
]


@pytest.mark.parametrize(
    ("body", "published"), [r[1:] for r in NOT_RECORDS], ids=[r[0] for r in NOT_RECORDS]
)
def test_not_trade_records(body: str, published: dt.date) -> None:
    """Changes, percentages, bounds, product and non-trade figures make no record."""
    assert _records(body, published) == []


def test_evidence_and_rule() -> None:
    """A record's evidence is its sentence (offsets into the body) and it names its rule."""
    body = "Talks went well. Peru's trade surplus with Chile was $2 billion in 2020. Bye."
    (record,) = extract_trade_records(Article(id="e", body=body, published=D(2021, 2, 1)))
    (span,) = record.evidence
    assert body[span.start : span.end] == span.text
    assert span.text == "Peru's trade surplus with Chile was $2 billion in 2020."
    assert record.rule == "trade.balance_with"


def test_identical_figures_deduplicated() -> None:
    """The same figure stated twice in an article gives one record."""
    body = (
        "Peru's exports to Chile were $2 billion in 2020.\n\n"
        "Officials repeated that Peru's exports to Chile were $2 billion in 2020."
    )
    assert len(extract_trade_records(Article(id="d", body=body, published=D(2021, 2, 1)))) == 1


def test_publication_year_inferred_when_missing() -> None:
    """Without a publication date, months are read in the last year the article names."""
    body = (
        "The UK's trade gap narrowed in November.\n\n"
        "The deficit was £3.1bn. The cumulative deficit for the first eleven months of 2004 "
        "stands at £36.3bn."
    )
    assert _records(body, None) == [
        ("GBR", None, "balance", -3_100_000_000, "GBP", "2004-11-01", "2004-11-30", False),
        ("GBR", None, "balance", -36_300_000_000, "GBP", "2004-01-01", "2004-11-30", False),
    ]
