"""Trade records: which states a figure is between.

The headline's pair carried to a bare sentence, the dateline's state as the other side,
datelines kept apart, and firms' or sectors' turnover that is no trade figure.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from diplonews.models import Article
from diplonews.trade import extract_trade_records
from trade_rows import trade_rows

D = dt.date


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peru, Ghana trade rises 12% in Q1",
            "The two neighbours traded goods worth $240 million.",
        ),
        (
            "Peruvian-Ghanaian trade up 12% in Q1",
            "According to the office, the turnover amounted to $240 million.",
        ),
    ],
)
def test_trade_headline_pair_carries_to_a_bare_sentence(title: str, body: str) -> None:
    """Under a headline on two states' trade, "the two neighbours", "the turnover" are theirs."""
    rows = trade_rows(body, D(2024, 5, 1), title)
    assert rows == [
        ("PER", "GHA", "turnover", 240_000_000, "USD", "2024-01-01", "2024-03-31", False)
    ]


def test_a_firm_s_or_sector_s_turnover_under_a_trade_headline_is_no_record() -> None:
    """A firm's ("the company's turnover") or a sector's turnover is no trade figure."""
    body = (
        "According to the office, the turnover amounted to $240 million. The company's "
        "turnover reached $5 million in January-March. Retail turnover reached $900 million "
        "in January-March."
    )
    rows = trade_rows(body, D(2024, 5, 1), "Peruvian-Ghanaian trade up 12% in Q1")
    assert rows == [
        ("PER", "GHA", "turnover", 240_000_000, "USD", "2024-01-01", "2024-03-31", False)
    ]


def test_dateline_state_is_the_other_side_of_a_bare_turnover() -> None:
    """A story filed from a state's capital that names one other state: their turnover."""
    article = Article(
        id="d",
        published=D(2024, 3, 1),
        dateline="LIMA, Peru, March 1",
        body='The president received the foreign minister of Ghana. "Trade between our '
        'countries reached $310 million last year," the president said.',
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert sorted(rows[0][:2]) == ["GHA", "PER"]
    assert len(rows) == 1


def test_dateline_of_an_agency_home_city_names_no_other_story() -> None:
    """A dateline kept apart is not the story's state when the body is about two others."""
    article = Article(
        id="d",
        published=D(2023, 9, 1),
        dateline="LIMA, Peru, September 1",
        body="Trade between Ghana and Chile amounted to $5 billion in 2022. Exports amounted "
        "to $3 billion.",
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert rows == [("GHA", "CHL", "turnover"), ("GHA", "CHL", "export")]
    one_other = attrs.evolve(
        article,
        body="Foreign trade turnover of Ghana amounted to $20 billion in January-February 2023. "
        "Exports amounted to $12 billion.",
    )
    rows = [
        (str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(one_other)
    ]
    assert rows == [("GHA", "None", "turnover"), ("GHA", "None", "export")]


@pytest.mark.parametrize(
    ("dateline", "title", "expected"),
    [
        ("LIMA, Peru, September 1", None, [("PER", "CHL", "export")]),
        ("Lima. 1 September. PERU NEWS/", None, [("PER", "CHL", "export")]),
        (None, None, []),  # no dateline: no state the exports to Chile are from
        # a trade headline naming the story's state before the agency's home dateline
        ("LIMA, Peru, September 1", "Ghana's exports up 9%", [("GHA", "CHL", "export")]),
    ],
)
def test_dateline_kept_apart_gives_the_story_state(
    dateline: str | None, title: str | None, expected: list[tuple[str, str, str]]
) -> None:
    """A dateline the crawled reader keeps out of the body still names the story's state."""
    article = Article(
        id="d",
        published=D(2023, 9, 1),
        dateline=dateline,
        title=title,
        body="Exports to Chile amounted to $5 billion in January-July 2023.",
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert rows == expected
