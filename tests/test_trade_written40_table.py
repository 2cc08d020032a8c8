"""Trade error classes of session 40's corpus-style batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' wire
copy written blind after the corpus' outlets); no row repeats a sentence, a name pairing or
a figure of those texts:

- ``rest-of-group``: a group written as "the rest of" it ("exports to the rest of ECOWAS",
  "a surplus with the rest of the Southern African Development Community") is the figure's
  partner, as the group named alone is.
- ``agent-market-list``: a ranked partner that takes the story state's goods ("B remained the
  main market, taking X") opens a list whose later items go on with the story state as
  theirs ("followed by C with Y" takes by the same verb; "while D was the largest supplier
  with Z" is the story state's import), not with B as their reporter.
- ``former-state-dateline``: a successor's capital in the dateline of a story that names the
  former state and never the successor ("BELGRADE" over "Yugoslavia and ...", "MOSCOW" over
  "the Soviet Union") is the former state, so "trade between the two countries" is its.
- ``planned-part-period``: a planned export or import of a pair with no period of its own
  ("Under the protocol, A's exports to B are planned at Y") takes the period of the pair's
  planned turnover stated before ("a protocol providing for two-way trade of X next year").
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- rest-of-group: "to the rest of ECOWAS", "with the rest of the Andean Community"
    (
        "rest-of-group",
        "exports-to-the-rest-of-a-group",
        "GHANA LOOKS TO REGIONAL MARKETS",
        "ACCRA, March 3 - Ghana's exports to the rest of ECOWAS rose to 410 mln dlrs in 1986 "
        "from 355 mln in 1985, the trade ministry said.",
        D(1987, 3, 3),
        [
            ("GHA", "ECOWAS", "export", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GHA", "ECOWAS", "export", 355_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "rest-of-group",
        "surplus-with-the-rest-of-the-named-group",
        "ZAMBIA NARROWS REGIONAL SURPLUS",
        "LUSAKA, May 6 - Zambia's surplus in its trade with the rest of the Southern African "
        "Development Community shrank to 95 mln dlrs in 2003, officials at the trade ministry "
        "said.",
        D(2004, 5, 6),
        [("ZMB", "SADC", "balance", 95_000_000, "USD", "2003-01-01", "2003-12-31", False)],
    ),
    (
        "rest-of-group",
        "near-miss-the-rest-of-the-world-names-no-partner",
        "GHANA EXPORTS RISE",
        "ACCRA, March 3 - Ghana's exports to the rest of the world rose to 820 mln dlrs in "
        "1986, the trade ministry said.",
        D(1987, 3, 3),
        [("GHA", None, "export", 820_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

KENYA = "NAIROBI, May 4 - Kenya posted a trade deficit of 410 mln dlrs in 1986, officials said.\n\n"
KENYA_DEFICIT = ("KEN", None, "balance", -410_000_000, "USD", "1986-01-01", "1986-12-31", False)


def _kenya(partner: str, flow: str, value: int) -> Row:
    """A record of Kenya's trade with ``partner`` in 1986, in dollars."""
    return ("KEN", partner, flow, value, "USD", "1986-01-01", "1986-12-31", False)


TABLE += [
    # --- agent-market-list: "B remained the main market, taking X, followed by C with Y"
    (
        "agent-market-list",
        "later-items-take-by-the-same-verb",
        "KENYA POSTS 1986 TRADE DEFICIT",
        KENYA + "Britain remained the main market, taking goods worth 210 mln dlrs, followed "
        "by West Germany with 95 mln and the Netherlands with 60 mln.",
        D(1987, 5, 4),
        [
            KENYA_DEFICIT,
            _kenya("GBR", "export", 210_000_000),
            _kenya("DEU", "export", 95_000_000),
            _kenya("NLD", "export", 60_000_000),
        ],
    ),
    (
        "agent-market-list",
        "largest-supplier-after-the-agent-is-the-story-state-import",
        "KENYA POSTS 1986 TRADE DEFICIT",
        KENYA + "West Germany remained the biggest buyer, taking 300 mln dlrs of Kenyan goods "
        "last year, while Japan was the largest supplier with 180 mln dlrs.",
        D(1987, 5, 4),
        [
            KENYA_DEFICIT,
            _kenya("DEU", "export", 300_000_000),
            _kenya("JPN", "import", 180_000_000),
        ],
    ),
    (
        "agent-market-list",
        "near-miss-the-story-state-ranking-its-own-markets",
        "KENYA POSTS 1986 TRADE DEFICIT",
        KENYA + "Kenya's largest market was Britain with 210 mln dlrs, followed by West Germany "
        "with 95 mln.",
        D(1987, 5, 4),
        [
            KENYA_DEFICIT,
            _kenya("GBR", "export", 210_000_000),
            _kenya("DEU", "export", 95_000_000),
        ],
    ),
]

TABLE += [
    # --- former-state-dateline: "BELGRADE" over Yugoslavia, "MOSCOW" over the Soviet Union
    (
        "former-state-dateline",
        "belgrade-over-yugoslavia",
        None,
        "BELGRADE, May 5 - Yugoslavia and Hungary agreed on Monday to expand barter deals, the "
        "official news agency Tanjug said.\n\nTrade between the two countries reached 930 mln "
        "dlrs last year, Tanjug said.",
        D(1987, 5, 5),
        [("YUG", "HUN", "turnover", 930_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "former-state-dateline",
        "moscow-over-the-soviet-union",
        None,
        "MOSCOW, Oct 2 - Bulgarian and Soviet planners ended a week of talks on Thursday, Tass "
        "said.\n\nTass said two-way trade would reach 16.2 billion roubles next year.",
        D(1987, 10, 2),
        [("SUN", "BGR", "turnover", 16_200_000_000, "SUR", "1988-01-01", "1988-12-31", True)],
    ),
    (
        "former-state-dateline",
        "near-miss-belgrade-over-serbia",
        None,
        "BELGRADE, May 5 - Serbia and Hungary agreed on Monday to expand energy links, the "
        "government said.\n\nTrade between the two countries reached 3.1 billion euros last "
        "year, officials said.",
        D(2024, 5, 5),
        [("SRB", "HUN", "turnover", 3_100_000_000, "EUR", "2023-01-01", "2023-12-31", False)],
    ),
]

BUDAPEST = (
    "BUDAPEST, Dec 3 - Hungary and the Soviet Union signed a protocol on Wednesday providing "
    "for two-way trade of about 9.8 billion roubles next year, the news agency MTI said.\n\n"
)
HUN_SUN_PLAN = ("HUN", "SUN", "turnover", 9_800_000_000, "SUR", "1988-01-01", "1988-12-31", True)

TABLE += [
    # --- planned-part-period: "Under the protocol, A's exports to B are planned at Y"
    (
        "planned-part-period",
        "planned-at-under-the-protocol",
        None,
        BUDAPEST + "Under the protocol, Hungarian exports to the Soviet Union are planned at "
        "4.9 billion roubles, with buses and pharmaceuticals on the list.",
        D(1987, 12, 3),
        [
            HUN_SUN_PLAN,
            ("HUN", "SUN", "export", 4_900_000_000, "SUR", "1988-01-01", "1988-12-31", True),
        ],
    ),
    (
        "planned-part-period",
        "expected-to-reach-under-the-protocol",
        None,
        "VIENNA, Nov 5 - Austria and Hungary signed a trade protocol on Thursday providing for "
        "two-way trade of 14 billion schillings in 1988, the Austrian trade ministry said.\n\n"
        "Austrian exports to Hungary are expected to reach 7.5 billion schillings under the "
        "protocol, officials said.",
        D(1987, 11, 5),
        [
            ("AUT", "HUN", "turnover", 14_000_000_000, "ATS", "1988-01-01", "1988-12-31", True),
            ("AUT", "HUN", "export", 7_500_000_000, "ATS", "1988-01-01", "1988-12-31", True),
        ],
    ),
    (
        "planned-part-period",
        "near-miss-a-fact-with-no-period-is-no-part-of-the-plan",
        None,
        BUDAPEST + "Hungarian exports to the Soviet Union were 4.6 billion roubles, MTI said.",
        D(1987, 12, 3),
        [HUN_SUN_PLAN],
    ),
    (
        "planned-part-period",
        "near-miss-another-pair-s-plan",
        None,
        BUDAPEST + "Hungarian exports to Poland are planned at 1.2 billion roubles under a "
        "separate accord.",
        D(1987, 12, 3),
        [HUN_SUN_PLAN],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written40_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written40_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
