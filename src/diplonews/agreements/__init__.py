"""Agreements: what was signed or agreed, by whom (:class:`~diplonews.models.Agreement`).

The package's private modules share plain names among themselves; this face is
what the rest of diplonews may use.
"""

from __future__ import annotations

from diplonews.agreements._extract import extract_agreements

__all__ = [
    "extract_agreements",
]
