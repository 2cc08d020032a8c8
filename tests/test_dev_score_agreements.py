"""Regression floor: agreements on the shared dev key must not score below what they reach now.

The scoring is shared (``dev_scoring.py``): ../shared is read at run time and
the tests skip where it is absent. Raise the floors when the score rises;
never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from dev_scoring import dev_scores

F1_FLOOR = 0.907
KIND_FLOOR = 1.00


@pytest.fixture(scope="module")
def agreement_scores() -> dict[str, Any]:
    """The dev-key scores of the agreements."""
    return dev_scores("agreements")


def test_agreements_f1_floor(agreement_scores: dict[str, Any]) -> None:
    """Agreements F1 on the dev key stays at or above its floor."""
    assert agreement_scores["f1"] >= F1_FLOOR


def test_agreements_kind_floor(agreement_scores: dict[str, Any]) -> None:
    """Kind accuracy of the paired agreements stays at or above its floor."""
    assert agreement_scores["attributes"]["kind"] >= KIND_FLOOR
