"""Score the whole pipeline on the shared dev key, once per test session.

The regression-floor tests (``test_dev_score_*.py``) share this: the dev
articles are read from ``../shared/corpus`` at run time (the texts belong to
their publishers and are never copied here), extracted once, and scored with
``../shared/eval/score.py`` loaded as a module (not copied either). Where
``../shared`` is absent the tests skip and say why.
"""

from __future__ import annotations

import functools
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


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diplonews_dev_scorer", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _scores() -> dict[str, Any]:
    scorer = _load_scorer()
    gold = scorer.load(str(GOLD))
    predicted: dict[str, Any] = {}
    for article in read_articles(CORPUS):
        if article.id in gold:
            predicted[article.id] = json.loads(to_json(extract(article)))
    assert set(predicted) == set(gold), "every dev article must be read from the corpus"
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


def dev_scores(record_type: str) -> dict[str, Any]:
    """The scorer's result for one record type (``"meetings"``, ``"trade_records"``, ...).

    Skips the calling test when the corpus, the dev key or the scorer is absent.
    """
    if not (CORPUS.is_file() and GOLD.is_file() and SCORER.is_file()):
        pytest.skip(f"the shared corpus, dev key or scorer is absent under {SHARED}")
    return dict(_scores()[record_type])
