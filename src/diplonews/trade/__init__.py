"""Trade figures states report (:class:`~diplonews.models.TradeRecord`).

The package's private modules share plain names among themselves; this face is
what the rest of diplonews may use.
"""

from __future__ import annotations

from diplonews.trade._extract import extract_trade_records

__all__ = [
    "extract_trade_records",
]
