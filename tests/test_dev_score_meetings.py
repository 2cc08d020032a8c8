"""Regression floor: meetings on the shared dev key must not score below what they reach now.

Reads ../shared at run time (the corpus belongs to its publishers and is not
copied here) and scores with ../shared/eval/score.py, loaded as a module.
Raise the floors when the score rises; never lower them.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "gold" / "dev.jsonl"
SCORER = SHARED / "eval" / "score.py"

F1_FLOOR = 0.87
KIND_FLOOR = 0.95
DATE_FLOOR = 0.95


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diplonews_dev_score_meetings", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def meeting_scores() -> dict[str, Any]:
    """Extract the dev articles and score their meetings."""
    if not (CORPUS.is_file() and GOLD.is_file() and SCORER.is_file()):
        pytest.skip(f"the shared corpus, dev key or scorer is absent under {SHARED}")
    scorer = _scorer()
    gold = scorer.load(str(GOLD))
    pred: dict[str, Any] = {}
    for article in read_articles(CORPUS):
        if article.id in gold:
            pred[article.id] = json.loads(to_json(extract(article)))
    assert set(pred) == set(gold), "every dev article must be read from the corpus"
    result: dict[str, Any] = scorer.score(gold, pred)
    return dict(result["meetings"])


def test_meetings_f1_floor(meeting_scores: dict[str, Any]) -> None:
    """Meetings F1 on the dev key stays at or above its floor."""
    assert meeting_scores["f1"] >= F1_FLOOR


def test_meetings_kind_floor(meeting_scores: dict[str, Any]) -> None:
    """Kind accuracy of the paired meetings stays at or above its floor."""
    assert meeting_scores["attributes"]["kind"] >= KIND_FLOOR


def test_meetings_date_floor(meeting_scores: dict[str, Any]) -> None:
    """Date accuracy of the paired meetings stays at or above its floor."""
    assert meeting_scores["attributes"]["date"] >= DATE_FLOOR
