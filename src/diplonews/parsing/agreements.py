"""Placeholder: the Agreement extractor is being written (see the issue tracker)."""

from __future__ import annotations

from diplonews.models import Article, Agreement

__all__ = ["extract_agreements"]


def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """Return the Agreements stated in ``article`` (none yet)."""
    return ()
