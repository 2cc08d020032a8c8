"""Agreement classes of wire and briefing-room prose (issue 9, tenth corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
deals, movements' roles, states and dates); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries
from diplonews.trade._periods import stated_fiscal_end
from trade_rows import Row, trade_rows

PUB = dt.date(2021, 3, 11)  # a Thursday


ROWS: list[tuple[str, str, list[Summary]]] = [
    # A deal with a non-state armed movement as one side is not an instrument between states.
    (
        "deal-between-state-and-movement",
        "The minister praised Norway for its part in brokering a deal between Colombia and "
        "FARC that freed forty prisoners last winter.",
        [],
    ),
    (
        "movement-acceptance-of-the-deal",
        "He urged Oman to use its influence to secure the Houthis' acceptance of the "
        "agreement with Yemen.",
        [],
    ),
    (
        "movement-to-accept-a-proposal-for-a-deal",
        "The envoy stressed the need for Hezbollah to accept Lebanon's proposal to end the "
        "shelling as part of a prisoner exchange deal.",
        [],
    ),
    (
        "movement-told-in-a-later-sentence",
        "Chile, together with Peru, would work to carry out the whole agreement. The envoy "
        "asked for Taliban acceptance of the deal within a week.",
        [],
    ),
    # A deal against the movement is between the states that sign it.
    (
        "accord-to-fight-the-movement-stays",
        "Kenya and Somalia signed an agreement on Tuesday to fight al-Shabaab along their border.",
        [("agreement", "signed", ["KEN", "SOM"], "2021-03-09")],
    ),
    (
        "accord-against-the-movement-stays",
        "Nigeria and Chad signed a security pact against Boko Haram in 2019.",
        [("agreement", "signed", ["NGA", "TCD"], "2019")],
    ),
    # A movement named far from the instrument word, in another clause, does not veto it.
    (
        "movement-far-from-the-instrument-stays",
        "Jordan and Egypt signed a water agreement on Monday, officials said after a long "
        "session that also reviewed border patrols, customs posts, grain depots, the refugee "
        "camps and the latest reports on Hamas.",
        [("agreement", "signed", ["EGY", "JOR"], "2021-03-08")],
    ),
    # A lower-case word that spells a movement's acronym in another sense is no movement.
    (
        "lower-case-word-is-no-movement",
        "Greece and Italy signed a ferry agreement in 2018 after isis-style delays at the port.",
        [("agreement", "signed", ["GRC", "ITA"], "2018")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_corpus_prose10_row(body: str, expected: list[Summary]) -> None:
    """Each row's sentence gives exactly the agreements it lists."""
    assert agreement_summaries(body, PUB) == expected


# Trade: a fiscal year named by its place in time ("the current fiscal year") takes the
# fiscal calendar the article itself states; with none stated it stays unresolved.
PUB_TRADE = dt.date(2019, 2, 14)


TRADE_ROWS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "current-fiscal-year-after-ended-march",
        "Kenya's trade deficit reached 3.2 billion dlrs in fiscal 2016/17 ended March. "
        "The deficit is expected to narrow to 2.7 billion in the current fiscal year.",
        PUB_TRADE,
        [
            ("KEN", None, "balance", -3200000000, "USD", "2016-04-01", "2017-03-31", False),
            ("KEN", None, "balance", -2700000000, "USD", "2018-04-01", "2019-03-31", True),
        ],
    ),
    (
        "previous-fiscal-year-after-ended-june",
        "Ghana's exports were 9.4 billion dlrs in fiscal 2016/17 ended June. Its imports "
        "stood at 8.8 billion dlrs in the previous fiscal year.",
        PUB_TRADE,
        [
            ("GHA", None, "export", 9400000000, "USD", "2016-07-01", "2017-06-30", False),
            ("GHA", None, "import", 8800000000, "USD", "2017-07-01", "2018-06-30", False),
        ],
    ),
    (
        "full-fiscal-year-after-a-bracketed-first-half",
        "Nepal's trade deficit narrowed to $4.1bn in the first half of the current fiscal "
        "year (August-January). Nepal's exports are expected to reach $2bn in the full "
        "fiscal year.",
        PUB_TRADE,
        [
            ("NPL", None, "balance", -4100000000, "USD", "2018-08-01", "2019-01-31", False),
            ("NPL", None, "export", 2000000000, "USD", "2018-08-01", "2019-07-31", True),
        ],
    ),
    # No calendar stated: "the last fiscal year" is left unresolved, as before.
    (
        "no-stated-calendar-no-record",
        "Bilateral trade between Ghana and Kenya stood at $72 million in the last fiscal year.",
        PUB_TRADE,
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [r[1:] for r in TRADE_ROWS],
    ids=[r[0] for r in TRADE_ROWS],
)
def test_corpus_prose10_trade_row(body: str, published: dt.date, expected: list[Row]) -> None:
    """Each row's text gives exactly the trade records it lists."""
    assert trade_rows(body, published) == expected


FISCAL_END_ROWS: list[tuple[str, str, int | None]] = [
    ("ended-month", "Exports were $3 bln in fiscal 2011/12 ended September.", 9),
    ("financial-year-ending", "Imports hit $2 bln in financial year 2011-12 ending June.", 6),
    (
        "bracketed-first-months",
        "Trade fell in the first five months of this fiscal year (April-August).",
        3,
    ),
    ("bracketed-whole-year", "Trade rose in the current fiscal year (October-September).", 9),
    ("which-ran-from", "Trade was $8m in fiscal year 2011-12, which ran from July 2011.", 6),
    (
        "later-part-is-no-start",
        "It rose in the second half of the fiscal year (January-June).",
        None,
    ),
    ("nothing-stated", "Trade grew in the last fiscal year.", None),
    ("no-fiscal-word", "Trade grew in 2011 (January-December).", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in FISCAL_END_ROWS],
    ids=[r[0] for r in FISCAL_END_ROWS],
)
def test_stated_fiscal_end_row(text: str, expected: int | None) -> None:
    """The last month of the fiscal year a text states, or ``None`` when it states none."""
    assert stated_fiscal_end(text) == expected
