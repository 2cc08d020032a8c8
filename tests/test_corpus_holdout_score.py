"""Floors on blind keys of corpus articles (``tests/holdout/``, see its README).

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

HOLDOUT = Path(__file__).resolve().parent / "holdout"

#: F1 floors per key: each starts at the key's first look (scored once on the rules of
#: the session that wrote it, before anybody read its errors).
FLOORS: dict[str, dict[str, float]] = {
    # seventh 2026-12-04 session; released for reading in the eighth
    "corpus-blind-11": {"meetings": 0.87, "agreements": 0.93, "trade_records": 1.00},
    # eighth 2026-12-04 session; released for reading in the ninth
    "corpus-blind-12": {"meetings": 0.91, "agreements": 0.90, "trade_records": 0.93},
    # ninth 2026-12-04 session (trade 0.51 at first look, 0.82 once a bare "dlrs" was read
    # as USD, as the dev key keys it and as this key's adjudicator did); released in it
    "corpus-blind-13": {"meetings": 0.86, "agreements": 0.71, "trade_records": 0.96},
    # ninth 2026-12-04 session; released for reading in the tenth
    "corpus-blind-14": {"meetings": 0.95, "agreements": 0.85, "trade_records": 1.00},
    # tenth 2026-12-04 session; released for reading in it once corpus blind 16 existed
    "corpus-blind-15": {"meetings": 0.89, "agreements": 0.87, "trade_records": 1.00},
    # tenth 2026-12-04 session, after the o readers' merges; released in it once corpus
    # blind 17 existed
    "corpus-blind-16": {"meetings": 0.78, "agreements": 0.71, "trade_records": 1.00},
    # tenth 2026-12-04 session, after the A readers' merges; released in the fourteenth
    "corpus-blind-17": {"meetings": 0.85, "agreements": 0.88, "trade_records": 1.00},
    # eleventh session (2026-12-05), on its starting rules; released in the fourteenth
    "corpus-blind-18": {"meetings": 0.96, "agreements": 0.76, "trade_records": 0.85},
    # twelfth session (2026-12-05), on its starting rules (3b0bbb5); never read (trade 0.537
    # after the fourteenth session's classes)
    "corpus-blind-19": {"meetings": 0.76, "agreements": 0.66, "trade_records": 0.92},
    # twentieth session (2026-12-05): one blind annotator each, then a blind adjudicator
    # (three agreement records changed); articles drawn among those that name exports,
    # imports or a trade balance; first looks on feae345b (corpus blind 21's agreements
    # 0.452 on the annotator's key, 0.757 adjudicated); released for reading in the session
    "corpus-blind-20": {"meetings": 0.82, "agreements": 0.93, "trade_records": 1.00},
    "corpus-blind-21": {"meetings": 0.78, "agreements": 0.82, "trade_records": 0.88},
    # twenty-first session (2026-12-05), one blind annotator and an adjudicator each; first
    # looks on 05eaf203. 22 and 23: the other trade-naming articles, released in the
    # session; 24: the corpus's own mix, a holdout (no trade record in its key) until the
    # twenty-fifth session, which released it for reading
    "corpus-blind-22": {"meetings": 0.80, "agreements": 0.70, "trade_records": 1.00},
    "corpus-blind-23": {"meetings": 0.84, "agreements": 0.88, "trade_records": 0.95},
    "corpus-blind-24": {"meetings": 0.76, "agreements": 0.80, "trade_records": 1.00},
    # twenty-second session (2026-12-06): 30 more of the corpus's own mix, one blind
    # annotator and an adjudicator; first look on cfef44a5; a holdout. Its key holds no
    # trade record, so trade is held by the ceiling on false records below, not by F1;
    # released for reading in the twenty-fifth session
    "corpus-blind-25": {"meetings": 0.73, "agreements": 0.80},
    # twenty-third session (2026-12-06): 30 more of the corpus's own mix, one blind
    # annotator and an adjudicator; first look on e804db4f; no trade record; a holdout
    # until the twenty-fifth session, which released it for reading
    "corpus-blind-26": {"meetings": 0.57, "agreements": 0.66},
    # twenty-fourth session (2026-12-06): 30 more of the corpus's own mix, one blind
    # annotator and an adjudicator; first look on da03d063; a holdout; no trade record
    "corpus-blind-27": {"meetings": 0.90, "agreements": 0.75},
    # twenty-fifth session (2026-12-06): 30 more of the corpus's own mix, one blind
    # annotator and an adjudicator; first look on 04505ec2; a holdout; no trade record;
    # released for reading in the thirtieth session
    "corpus-blind-28": {"meetings": 0.79, "agreements": 0.63},
    # twenty-sixth session (2026-12-06): 30 more of the corpus's own mix, one blind
    # annotator and an adjudicator; first look on 5e36f719; a holdout; no trade record;
    # released for reading in the thirtieth session
    "corpus-blind-29": {"meetings": 0.89, "agreements": 0.60},
    # twenty-seventh session (2026-12-06): the last 13 corpus articles outside every key, one
    # blind annotator and an adjudicator; first look on 291a5598; a holdout; no trade record
    "corpus-blind-30": {"meetings": 0.66, "agreements": 1.00},
}

#: Keys that hold no trade record: F1 there is 1.0 or 0.0 on one false record, so the
#: count of false trade records is held instead (first looks: one on 25, none on 26 to 30).
FALSE_TRADE_CEILINGS: dict[str, int] = {
    "corpus-blind-25": 1,
    "corpus-blind-26": 0,
    "corpus-blind-27": 0,
    "corpus-blind-28": 0,
    "corpus-blind-29": 0,
    "corpus-blind-30": 0,
}


@functools.cache
def _scores(key: str) -> dict[str, Any]:
    scorer = scorer_module()
    if not CORPUS.is_file():
        pytest.skip(f"the shared corpus is absent: {CORPUS}")
    gold = scorer.load(str(HOLDOUT / f"{key}.jsonl"))
    predicted = {
        article.id: json.loads(to_json(extract(article)))
        for article in read_articles(CORPUS)
        if article.id in gold
    }
    assert set(predicted) == set(gold), "every holdout article is in the corpus"
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


@pytest.mark.parametrize(
    ("key", "record_type", "floor"),
    [(key, kind, low) for key, floors in sorted(FLOORS.items()) for kind, low in floors.items()],
)
def test_corpus_holdout_f1_floor(key: str, record_type: str, floor: float) -> None:
    """F1 on each blind corpus key stays at or above its floor."""
    assert _scores(key)[record_type]["f1"] >= floor


@pytest.mark.parametrize(("key", "ceiling"), sorted(FALSE_TRADE_CEILINGS.items()))
def test_corpus_holdout_false_trade_ceiling(key: str, ceiling: int) -> None:
    """Keys with no trade record get no more false trade records than at first look."""
    scores = _scores(key)["trade_records"]
    assert scores["tp"] + scores["fn"] == 0, "the key holds no trade record"
    assert scores["fp"] <= ceiling
