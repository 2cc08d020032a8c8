"""Placeholder: the Meeting extractor is being written (see the issue tracker)."""

from __future__ import annotations

from diplonews.models import Article, Meeting

__all__ = ["extract_meetings"]


def extract_meetings(article: Article) -> tuple[Meeting, ...]:
    """Return the Meetings stated in ``article`` (none yet)."""
    return ()
