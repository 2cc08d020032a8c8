"""The shared corpus reads cleanly and its metadata matches the answer key (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplonews.models import Article
from diplonews.readers import ReadReport, read_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, Article], ReadReport]:
    """Every corpus article by id, and the report of reading them."""
    if not CORPUS.exists():
        pytest.skip(f"the shared corpus is absent ({CORPUS} not found)")
    report = ReadReport()
    articles = {a.id: a for a in read_articles(CORPUS, errors="collect", report=report)}
    return articles, report


def test_corpus_reads_without_errors(corpus: tuple[dict[str, Article], ReadReport]) -> None:
    """All 704 corpus records become articles, with no error and no duplicate id."""
    articles, report = corpus
    assert (report.read, report.skipped, report.errors, len(articles)) == (704, 0, [], 704)


def test_metadata_matches_gold(corpus: tuple[dict[str, Article], ReadReport]) -> None:
    """published, author and title equal the answer key for every dev article."""
    if not GOLD.exists():
        pytest.skip(f"the answer key is absent ({GOLD} not found)")
    articles, _ = corpus
    mismatches = []
    checked = 0
    with GOLD.open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            checked += 1
            article = articles[gold["id"]]
            got = (
                article.published.isoformat() if article.published else None,
                article.author,
                article.title,
            )
            if got != (gold["published"], gold["author"], gold["title"]):
                mismatches.append((gold["id"], got))
    assert (checked > 0, mismatches) == (True, [])
