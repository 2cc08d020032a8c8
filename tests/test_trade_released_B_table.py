"""Trade error classes read on the released pages B1-B30 and corpus blind 16, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). The
classes are the ways of writing a trade figure that the errors of the released pages
showed the library misread; no row repeats a sentence, a name pairing or a figure of
those pages:

- ``percent-change-or-amount``: "grew by 14 percent, or $90 million", "went up 7%, or
  $55 million": a change by a percentage restated as an amount is the change, no record,
  wherever it stands (no "more than" needs to follow); "rose by 6 percent to $X" still
  gives the level X, and "a share of 9 percent, or $X" still is a partner's figure;
- ``comparison-base-period``: "Compared to January-May of last year, trade rose by 9
  percent": a period named as the base a change is measured against is not the period of
  the next sentence's figures, which go on in the period of the figure before; "In
  January-May, trade rose by 9 percent" still hands its period on;
- ``event-place-no-subject``: "The leaders met at the ECOWAS summit, when they agreed to
  raise bilateral trade to X": a state or group after "at" is where something took place,
  not the clause's subject, so it owns no trade; the bilateral trade is the story's two
  states';
- ``list-closing-role``: "B ($X), C ($Y) and D ($Z) were the main partners": a role the
  listed states are said to be, with no owner named, gives the flow of the list's
  figures (partners: turnover; suppliers: imports; markets: exports), not the flow the
  sentence before named last (a surplus, imports); "were A's main buyers" still does;
- ``ranked-partner-then-clause``: "B remained the main partner: turnover with this
  country reached X", "B was the top market, and exports there ...": a state ranked as a
  partner in a clause closed by a colon or ", and" owns no flow of the next clause, whose
  reporter is the story's state; "B was the largest exporter, and its exports to C
  reached X" still is B's;
- ``flow-to-the-bloc-accounted-for``: "Imports from the bloc accounted for X and exports
  reached Y": a flow whose partner is named back by a common noun ("the bloc", "the
  union", "this country") is the subject of "accounted for", as "Imports from B" is, so
  X is its level and the amount of the next clause is no share of it; "B accounted for
  X and C for Y" still are the listed states' parts;
- ``coming-span-forecast``: "For the next three months, the bank estimated a surplus of
  X in the April-June period": an amount of a sentence that opens on a span still to come
  ("for the next three months", "over the coming months") is a forecast, for the coming
  span of its yearless months, though "estimated" alone is no goal's word; a span to come
  named only after the amount ("..., and data for the next three months follow") leaves
  the figure as it is;
- near misses that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- percent-change-or-amount: the amount restates the change, no record
    (
        "percent-change-or-amount",
        "went-up-by-percent-or-amount",
        None,
        "Trade between Chile and Peru came to $940 million in January-September 2023. "
        "Against the same months of 2022, the volume of trade went up by 14,2 percent, "
        "or $117 million.",
        D(2023, 10, 20),
        [("CHL", "PER", "turnover", 940_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "percent-change-or-amount",
        "grew-percent-or-amount-no-by",
        None,
        "Ghana's exports to Togo reached $63 million in 2022, having grown 9% year on year, "
        "or $5,2 million.",
        D(2023, 2, 14),
        [("GHA", "TGO", "export", 63_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "percent-change-or-amount",
        "declined-by-percent-or-amount-own-sentence",
        None,
        "Mongolia's trade with Japan stood at $410 million in the first half of 2024. "
        "Imports from Japan declined by 6.5 per cent, or by $19 million.",
        D(2024, 8, 5),
        [("MNG", "JPN", "turnover", 410_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "percent-change-or-amount",
        "down-percent-or-about-amount",
        None,
        "Bolivia's turnover with Paraguay was $288 million last year, down 3 pct, or about "
        "$9 million, from the year before.",
        D(2024, 1, 30),
        [("BOL", "PRY", "turnover", 288_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- comparison-base-period: the base of a change hands no period on
    (
        "comparison-base-period",
        "compared-to-months-of-last-year",
        None,
        "Trade between Chile and Peru came to $940 million in January-September 2023. "
        "Compared to January-September of last year, the trade volume grew by 14 percent. "
        "Chile's exports to Peru made up $610 million.",
        D(2023, 10, 20),
        [
            ("CHL", "PER", "turnover", 940_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", "PER", "export", 610_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "comparison-base-period",
        "in-comparison-with-first-half",
        None,
        "Mongolia's turnover with Japan reached $410 million in the first half of 2024. In "
        "comparison with the first half of 2023, the trade expanded by a fifth. Imports from "
        "Japan accounted for $300 million.",
        D(2024, 8, 5),
        [
            ("MNG", "JPN", "turnover", 410_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("MNG", "JPN", "import", 300_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "comparison-base-period",
        "against-last-years-quarter",
        None,
        "Ghana's trade with Togo totalled $42 million in the first quarter of 2023. Against "
        "the first quarter of 2022, bilateral trade rose 11 percent. Ghana's exports to Togo "
        "stood at $29 million.",
        D(2023, 5, 2),
        [
            ("GHA", "TGO", "turnover", 42_000_000, "USD", "2023-01-01", "2023-03-31", False),
            ("GHA", "TGO", "export", 29_000_000, "USD", "2023-01-01", "2023-03-31", False),
        ],
    ),
    # --- event-place-no-subject: a gathering's state or group owns no trade
    (
        "event-place-no-subject",
        "met-at-group-summit-agreed-bilateral-goal",
        None,
        "The President of Ghana will visit Senegal next week. The two leaders last met at "
        "the ECOWAS summit in May last year, when they agreed to raise bilateral trade to "
        "$800 million by 2027.",
        D(2024, 2, 27),
        [("GHA", "SEN", "turnover", 800_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "event-place-no-subject",
        "spoke-at-group-meeting-where-agreed",
        None,
        "Chile's foreign minister will travel to Lima on Monday. The ministers spoke at the "
        "Mercosur meeting in June, where they agreed to lift bilateral trade to $3 billion "
        "by 2028.",
        D(2024, 2, 27),
        [("CHL", "PER", "turnover", 3_000_000_000, "USD", "2028-01-01", "2028-12-31", True)],
    ),
    (
        "event-place-no-subject",
        "talks-at-forum-ended-with-pledge",
        None,
        "Mongolia's prime minister is to visit Japan this week. Talks at the ASEAN Regional "
        "Forum last year ended with a pledge to raise bilateral trade to $1.5 billion by 2030.",
        D(2024, 2, 27),
        [("MNG", "JPN", "turnover", 1_500_000_000, "USD", "2030-01-01", "2030-12-31", True)],
    ),
    # --- list-closing-role: the role the listed states are gives the list's flow
    (
        "list-closing-role",
        "were-the-main-partners-after-a-surplus",
        None,
        "Chile's foreign trade came to $91 billion in 2023. Exports were $52 billion and "
        "imports $39 billion, for a surplus of $13 billion. Peru ($ 8,8 billion), Bolivia "
        "($3,9 billion) and Paraguay ($1,6 billion) were the main partners.",
        D(2024, 1, 25),
        [
            ("CHL", None, "turnover", 91_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "export", 52_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "import", 39_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "balance", 13_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PER", "turnover", 8_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "BOL", "turnover", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PRY", "turnover", 1_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list-closing-role",
        "remained-the-leading-trading-partners-after-imports",
        None,
        "Ghana's imports reached $14 billion last year. Togo ($2,1 billion) and Benin "
        "($1,7 billion) remained the leading trading partners.",
        D(2024, 2, 9),
        [
            ("GHA", None, "import", 14_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "BEN", "turnover", 1_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list-closing-role",
        "were-the-largest-suppliers-after-exports",
        None,
        "Mongolia's exports totalled $15 billion in 2023. China ($ 4,4 billion) and Russia "
        "($2,2 billion) were the largest suppliers.",
        D(2024, 2, 1),
        [
            ("MNG", None, "export", 15_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "CHN", "import", 4_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "RUS", "import", 2_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "months-period-handed-on",
        None,
        "Trade between Chile and Peru was up 14 percent in January-September 2023. Chile's "
        "exports to Peru made up $610 million.",
        D(2023, 10, 20),
        [("CHL", "PER", "export", 610_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "near-miss",
        "owner-named-role-closing-a-list",
        None,
        "Chile's imports came to $39 billion in 2023. Peru ($5,3 billion) and Bolivia "
        "($2,4 billion) were Chile's main export markets.",
        D(2024, 1, 25),
        [
            ("CHL", None, "import", 39_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PER", "export", 5_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "BOL", "export", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "ranked-state-owns-its-own-flow",
        None,
        "Brazil was the largest exporter of the region in 2023, and its exports to Chile "
        "reached $3,4 billion.",
        D(2024, 2, 15),
        [("BRA", "CHL", "export", 3_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "states-accounted-for-parts",
        None,
        "Uruguay's trade with Mercosur came to $7 billion in 2023. Brazil accounted for "
        "$4,6 billion and Argentina for $1,8 billion.",
        D(2024, 2, 15),
        [
            (
                "URY",
                "MERCOSUR",
                "turnover",
                7_000_000_000,
                "USD",
                "2023-01-01",
                "2023-12-31",
                False,
            ),
            ("URY", "BRA", "turnover", 4_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("URY", "ARG", "turnover", 1_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "coming-span-after-the-amount",
        None,
        "Chile's exports reached $25 billion in the first quarter of 2024, and the ministry "
        "will give the data for the next three months in July.",
        D(2024, 4, 26),
        [("CHL", None, "export", 25_000_000_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "near-miss",
        "group-subject-owns-its-trade",
        None,
        "The EAEU's trade with China reached $180 billion in 2023, the commission said at a "
        "meeting in Minsk.",
        D(2024, 2, 27),
        [("EAEU", "CHN", "turnover", 180_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- ranked-partner-then-clause: the ranked state is the partner of the next clause
    (
        "ranked-partner-then-clause",
        "main-partner-colon-this-country",
        None,
        "Uruguay's trade with Mercosur reached $2,9 billion in 2023. Brazil remained the "
        "leading partner within the bloc: trade with this country came to $1,3 billion in "
        "January-December.",
        D(2024, 2, 20),
        [
            (
                "URY",
                "MERCOSUR",
                "turnover",
                2_900_000_000,
                "USD",
                "2023-01-01",
                "2023-12-31",
                False,
            ),
            ("URY", "BRA", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-partner-then-clause",
        "top-market-comma-and-exports-to-it",
        None,
        "Ghana's exports totalled $17 billion last year. Switzerland was the top market, "
        "and exports to Switzerland stood at $3,6 billion.",
        D(2024, 3, 4),
        [
            ("GHA", None, "export", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "CHE", "export", 3_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-partner-then-clause",
        "largest-supplier-colon-imports",
        None,
        "Mongolia's foreign trade amounted to $24 billion in 2023. China was the largest "
        "supplier: imports from China were worth $5,8 billion.",
        D(2024, 1, 18),
        [
            ("MNG", None, "turnover", 24_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "CHN", "import", 5_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- flow-to-the-bloc-accounted-for: the next clause's amount is its own flow's
    (
        "flow-to-the-bloc-accounted-for",
        "imports-from-the-bloc-accounted-for-and-exports",
        None,
        "Armenia's trade with the EAEU reached $5,2 billion in 2023. Imports from the bloc "
        "accounted for $3,3 billion and exports came to $1,9 billion.",
        D(2024, 2, 12),
        [
            ("ARM", "EAEU", "turnover", 5_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "EAEU", "import", 3_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "EAEU", "export", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "flow-to-the-bloc-accounted-for",
        "exports-to-the-union-accounted-for-and-imports",
        None,
        "Norway's trade with the European Union totalled EUR 140 billion last year. Exports "
        "to the union accounted for EUR 96 billion, and imports stood at EUR 44 billion.",
        D(2024, 3, 8),
        [
            ("NOR", "EU", "turnover", 140_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("NOR", "EU", "export", 96_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("NOR", "EU", "import", 44_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "flow-to-the-bloc-accounted-for",
        "exports-to-this-country-accounted-for",
        None,
        "Tunisia's trade with France came to EUR 9 billion in 2023. Exports to this country "
        "accounted for EUR 5,1 billion and purchases from France reached EUR 3,9 billion.",
        D(2024, 1, 30),
        [
            ("TUN", "FRA", "turnover", 9_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("TUN", "FRA", "export", 5_100_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("TUN", "FRA", "import", 3_900_000_000, "EUR", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- coming-span-forecast: a sentence opening on a span to come is a forecast
    (
        "coming-span-forecast",
        "next-three-months-estimated-yearless-quarter",
        None,
        "Kenya's trade deficit in March was $1,05 billion. For the next three months, the "
        "central bank estimated a deficit of $3,3 billion in the April-June period.",
        D(2024, 4, 19),
        [
            ("KEN", None, "balance", -1_050_000_000, "USD", "2024-03-01", "2024-03-31", False),
            ("KEN", None, "balance", -3_300_000_000, "USD", "2024-04-01", "2024-06-30", True),
        ],
    ),
    (
        "coming-span-forecast",
        "over-the-coming-months-sees-surplus",
        None,
        "Over the coming months, Peru's trade ministry sees a surplus of $2,7 billion for "
        "the May-July period.",
        D(2024, 5, 3),
        [("PER", None, "balance", 2_700_000_000, "USD", "2024-05-01", "2024-07-31", True)],
    ),
    (
        "coming-span-forecast",
        "in-the-next-few-months-exports-estimated",
        None,
        "Chile's exports reached $25 billion in the first quarter. In the next few months, "
        "officials estimated exports at $24 billion for April-June.",
        D(2024, 4, 26),
        [
            ("CHL", None, "export", 25_000_000_000, "USD", "2024-01-01", "2024-03-31", False),
            ("CHL", None, "export", 24_000_000_000, "USD", "2024-04-01", "2024-06-30", True),
        ],
    ),
    # --- near misses
    (
        "near-miss",
        "rose-by-percent-to-level",
        None,
        "Trade between Chile and Peru rose by 12 percent to $905 million in 2023.",
        D(2024, 3, 1),
        [("CHL", "PER", "turnover", 905_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "share-percent-or-amount",
        None,
        "Ghana's foreign trade totalled $31 billion in 2022. Togo's share was 4 percent, "
        "or $1,24 billion.",
        D(2023, 4, 11),
        [
            ("GHA", None, "turnover", 31_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "TGO", "turnover", 1_240_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_b_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_released_b_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
