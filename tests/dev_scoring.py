"""Score the whole pipeline on the shared answer keys, once per test session.

Two keys: ``gold/dev.jsonl`` (articles of ``corpus/articles.jsonl``) and
``gold/crawled-dev.jsonl`` (the pages of ``corpus/crawled/``, one page per
file, whose id is the file name without ``.txt``).

The regression-floor tests (``test_dev_score_*.py``, ``test_crawled_score.py``)
share this: the articles are read from ``../shared/corpus`` at run time (the texts belong to
their publishers and are never copied here), extracted once, and scored with
``../shared/eval/score.py`` loaded as a module (not copied either). Where
``../shared`` is absent the tests skip and say why.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Iterator
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
CRAWLED = SHARED / "corpus" / "crawled"
CRAWLED_GOLD = SHARED / "gold" / "crawled-dev.jsonl"
SCORER = SHARED / "eval" / "score.py"


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diplonews_dev_scorer", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scorer_module() -> ModuleType:
    """``../shared/eval/score.py`` as a module (its ``load`` and ``score``); skips if absent."""
    if not SCORER.is_file():
        pytest.skip(f"the scorer is absent under {SHARED}")
    return _load_scorer()


def _crawled_articles() -> Iterator[Any]:
    """Each crawled page as one article whose id is its file name without ``.txt``.

    Read as a user with a folder of pages would: the folder itself, ids from file
    names; the folder's README is no page and is left out by the reader.
    """
    yield from read_articles(CRAWLED, id_from="filename")


@functools.cache
def _scores(key: str) -> dict[str, Any]:
    scorer = _load_scorer()
    gold = scorer.load(str(GOLD if key == "dev" else CRAWLED_GOLD))
    articles = read_articles(CORPUS) if key == "dev" else _crawled_articles()
    predicted: dict[str, Any] = {}
    for article in articles:
        if article.id in gold:
            predicted[article.id] = json.loads(to_json(extract(article)))
    assert set(predicted) == set(gold), f"every {key} article must be read from the corpus"
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


def dev_scores(record_type: str) -> dict[str, Any]:
    """The scorer's result for one record type (``"meetings"``, ``"trade_records"``, ...).

    Skips the calling test when the corpus, the dev key or the scorer is absent.
    """
    if not (CORPUS.is_file() and GOLD.is_file() and SCORER.is_file()):
        pytest.skip(f"the shared corpus, dev key or scorer is absent under {SHARED}")
    return dict(_scores("dev")[record_type])


def crawled_scores(record_type: str) -> dict[str, Any]:
    """The scorer's result on the crawled-pages key (``"meetings"``, ``"metadata"``, ...).

    Skips the calling test when the crawled pages, their key or the scorer is absent.
    """
    if not (CRAWLED.is_dir() and CRAWLED_GOLD.is_file() and SCORER.is_file()):
        pytest.skip(f"the crawled pages, their key or the scorer is absent under {SHARED}")
    return dict(_scores("crawled")[record_type])
