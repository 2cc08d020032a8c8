"""Placeholder: the TradeRecord extractor is being written (see the issue tracker)."""

from __future__ import annotations

from diplonews.models import Article, TradeRecord

__all__ = ["extract_trade_records"]


def extract_trade_records(article: Article) -> tuple[TradeRecord, ...]:
    """Return the TradeRecords stated in ``article`` (none yet)."""
    return ()
