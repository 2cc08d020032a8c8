"""Meetings: who met whom, where and when (:class:`~diplonews.models.Meeting`).

The package's private modules share plain names among themselves; this face is
what the rest of diplonews may use.
"""

from __future__ import annotations

from diplonews.meetings._extract import extract_meetings

__all__ = [
    "extract_meetings",
]
