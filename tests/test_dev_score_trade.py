"""Regression floor: trade records on the shared dev key must not score below what they reach now.

The scoring is shared (``dev_scoring.py``): ../shared is read at run time and
the tests skip where it is absent. Raise the floors when the score rises;
never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from dev_scoring import dev_scores

F1_FLOOR = 0.989
PRECISION_FLOOR = 0.989
RECALL_FLOOR = 0.989


@pytest.fixture(scope="module")
def trade_scores() -> dict[str, Any]:
    """The dev-key scores of the trade records."""
    return dev_scores("trade_records")


def test_trade_f1_floor(trade_scores: dict[str, Any]) -> None:
    """Trade-record F1 on the dev key stays at or above its floor."""
    assert trade_scores["f1"] >= F1_FLOOR


def test_trade_precision_floor(trade_scores: dict[str, Any]) -> None:
    """Trade-record precision on the dev key stays at or above its floor."""
    assert trade_scores["precision"] >= PRECISION_FLOOR


def test_trade_recall_floor(trade_scores: dict[str, Any]) -> None:
    """Trade-record recall on the dev key stays at or above its floor."""
    assert trade_scores["recall"] >= RECALL_FLOOR
