"""Floors on a never-read key of corpus articles (``tests/holdout/``, see its README).

The articles are read from ``../shared/corpus/articles.jsonl`` at run time and scored with
``../shared/eval/score.py``; the tests skip where ``../shared`` is absent. Only scores are
compared, so a failure shows numbers, never the key's records. Raise the floors when the
scores rise; never lower them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from dev_scoring import CORPUS, scorer_module
from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

KEY = Path(__file__).resolve().parent / "holdout" / "corpus-blind-11.jsonl"

#: F1 floors: the first look on the seventh 2026-12-04 session's starting rules.
FLOORS = {"meetings": 0.65, "agreements": 0.76, "trade_records": 1.00}


@functools.cache
def _scores() -> dict[str, Any]:
    scorer = scorer_module()
    if not CORPUS.is_file():
        pytest.skip(f"the shared corpus is absent: {CORPUS}")
    gold = scorer.load(str(KEY))
    predicted = {
        article.id: json.loads(to_json(extract(article)))
        for article in read_articles(CORPUS)
        if article.id in gold
    }
    assert set(predicted) == set(gold), "every holdout article is in the corpus"
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


@pytest.mark.parametrize(("record_type", "floor"), sorted(FLOORS.items()))
def test_corpus_holdout_f1_floor(record_type: str, floor: float) -> None:
    """F1 on the never-read corpus key stays at or above its floor."""
    assert _scores()[record_type]["f1"] >= floor
