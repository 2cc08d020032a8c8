"""Agreement classes of wire and briefing-room prose (issue 9, tenth corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
deals, movements' roles, states and dates); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2021, 3, 11)  # a Thursday


def _agreements(body: str) -> list[Summary]:
    article = Article(id="t", body=body, published=PUB)
    return [summary(a) for a in extract_agreements(article)]


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
    assert _agreements(body) == expected
