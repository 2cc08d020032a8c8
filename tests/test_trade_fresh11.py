"""Trade records: classes seen on the fresh k pages and on unseen news, one class per row.

Each row states a class in its id (texts, names and figures invented for diplonews) and
checks the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, trade_rows

D = dt.date

# (id, headline, body, published, expected records)
RECORDS: list[tuple[str, str | None, str, dt.date, list[Row]]] = [
    (
        "a-headline-state-after-to-is-the-partner-not-the-story-s-state",
        "Exports to Peru up 40pc in eight months",
        "Pakistan's exports to Peru rose to Rs7.25 billion during July-February 2022-23, "
        "the central bank said.",
        D(2023, 3, 20),
        [("PAK", "PER", "export", 7_250_000_000, "PKR", "2022-07-01", "2023-02-28", False)],
    ),
    (
        "a-headline-state-after-with-is-the-partner-not-the-story-s-state",
        "Trade with Nepal climbs in first half",
        "Pakistan's trade with Nepal reached Rs3.5 billion in January-June 2023, the bureau said.",
        D(2023, 8, 2),
        [("PAK", "NPL", "turnover", 3_500_000_000, "PKR", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "a-headline-state-before-its-flow-is-still-the-story-s-state",
        "Nepal's exports up 9pc",
        "Exports to Peru rose to Rs2.5 billion in January-June 2023, the bureau said.",
        D(2023, 8, 2),
        [("NPL", "PER", "export", 2_500_000_000, "NPR", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "a-partner-phrase-with-no-state-before-it-is-the-story-s-partner",
        None,
        "Peru's trade turnover with Chile reached $731 million in January-September 2023, "
        "the customs service said.\n\n"
        "Of this figure, exports to the neighbouring country made up $505 million, while "
        "imports from Chile came to $226 million.",
        D(2023, 10, 20),
        [
            ("PER", "CHL", "turnover", 731_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "export", 505_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "import", 226_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-partner-phrase-after-the-story-s-state-is-still-its-partner",
        None,
        "Peru's trade turnover with Chile reached $731 million in January-September 2023, "
        "the customs service said.\n\n"
        "Peru's exports to Chile made up $505 million, while imports from the neighbouring "
        "country came to $226 million.",
        D(2023, 10, 20),
        [
            ("PER", "CHL", "turnover", 731_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "export", 505_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "import", 226_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "an-earlier-level-takes-the-period-of-the-parallel-clause-s-earlier-level",
        None,
        "LIMA, Jan 9 - Peru's exports rose to $3.2 billion in January-September 2023 from "
        "$2.9 billion, while imports fell to $4.1 billion from $4.6 billion a year earlier, "
        "the bureau said.",
        D(2024, 1, 10),
        [
            ("PER", None, "export", 3_200_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", None, "export", 2_900_000_000, "USD", "2022-01-01", "2022-09-30", False),
            ("PER", None, "import", 4_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", None, "import", 4_600_000_000, "USD", "2022-01-01", "2022-09-30", False),
        ],
    ),
    (
        "a-month-closing-the-parallel-clause-dates-both-earlier-levels",
        None,
        "LIMA, Jan 9 - Peru's trade deficit with Chile fell to $190 million in November from "
        "$210 million, while its deficit with Bolivia dropped to $27 million from $29 million "
        "in October.",
        D(2024, 1, 10),
        [
            ("PER", "CHL", "balance", -190_000_000, "USD", "2023-11-01", "2023-11-30", False),
            ("PER", "CHL", "balance", -210_000_000, "USD", "2023-10-01", "2023-10-31", False),
            ("PER", "BOL", "balance", -27_000_000, "USD", "2023-11-01", "2023-11-30", False),
            ("PER", "BOL", "balance", -29_000_000, "USD", "2023-10-01", "2023-10-31", False),
        ],
    ),
    (
        "earlier-levels-with-no-period-in-either-clause-stay-unread",
        None,
        "LIMA, Jan 9 - Peru's exports rose to $3.2 billion in 2023 from $2.9 billion, while "
        "imports fell to $4.1 billion from $4.6 billion.",
        D(2024, 1, 10),
        [
            ("PER", None, "export", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "import", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-task-of-bringing-this-figure-to-an-amount-is-a-goal-for-the-figure-just-named",
        None,
        "LIMA, June 7 - Trade turnover between Peru and Ghana reached $212.4 mln last year, "
        "officials said. The leaders set the task of bringing this figure to $1 bln by 2028.",
        D(2024, 6, 7),
        [
            ("PER", "GHA", "turnover", 212_400_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 1_000_000_000, "USD", "2028-01-01", "2028-12-31", True),
        ],
    ),
    (
        "a-task-of-reaching-an-amount-is-a-goal-for-the-figure-just-named",
        None,
        "LIMA, June 7 - Trade between Peru and Ghana totaled $2.1 billion in January-April "
        'this year, the minister said. "The presidents have set the task of reaching '
        '$7 billion by 2031," he noted.',
        D(2024, 6, 7),
        [
            ("PER", "GHA", "turnover", 2_100_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("PER", "GHA", "turnover", 7_000_000_000, "USD", "2031-01-01", "2031-12-31", True),
        ],
    ),
    (
        "a-task-of-reaching-something-other-than-an-amount-is-no-goal",
        None,
        "LIMA, June 7 - Trade between Peru and Ghana totaled $2.1 billion in January-April "
        "this year, the minister said. The presidents set the task of reaching 5 new "
        "markets by 2031.",
        D(2024, 6, 7),
        [("PER", "GHA", "turnover", 2_100_000_000, "USD", "2024-01-01", "2024-04-30", False)],
    ),
    (
        "a-yearless-half-still-running-at-publication-is-the-story-s-half-already-named",
        None,
        "LIMA, Jan 20 - Peru's exports to Chile stood at $341m during July-December 2023. "
        "Overall, the country's exports reached $12.7bn during the first half, widening the "
        "trade deficit to $9.8bn.",
        D(2024, 1, 22),
        [
            ("PER", "CHL", "export", 341_000_000, "USD", "2023-07-01", "2023-12-31", False),
            ("PER", None, "export", 12_700_000_000, "USD", "2023-07-01", "2023-12-31", False),
            ("PER", None, "balance", -9_800_000_000, "USD", "2023-07-01", "2023-12-31", False),
        ],
    ),
    (
        "a-yearless-half-still-running-with-no-half-named-before-gives-no-period",
        None,
        "LIMA, Jan 20 - Peru's exports reached $12.7bn during the first half, the bureau said.",
        D(2024, 1, 22),
        [],
    ),
    (
        "a-yearless-half-told-after-it-ended-is-this-year-s",
        None,
        "LIMA, Aug 2 - Peru's exports reached $12.7bn during the first half, the bureau said.",
        D(2024, 8, 2),
        [("PER", None, "export", 12_700_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "the-same-period-last-year-of-a-running-half-left-out-is-left-out-too",
        None,
        "LIMA, Jan 20 - Peru's exports to Chile dropped 33 per cent to $388m in the first half "
        "of the current fiscal year, down from $579m in the same period last year.",
        D(2024, 1, 22),
        [],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"),
    [
        pytest.param(title, body, published, rows, id=name)
        for name, title, body, published, rows in RECORDS
    ],
)
def test_records(title: str | None, body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published, title), key=repr) == sorted(expected, key=repr)
