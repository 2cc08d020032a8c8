r"""Reading articles: crawled text pages, JSON and JSON Lines records.

>>> import io
>>> from diplonews.readers import read_articles
>>> [a.author for a in read_articles(io.StringIO(" date 2021-03-04 By Leyla Aliyeva\n\nTalks."))]
['Leyla Aliyeva']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from diplonews.readers._published import parse_published
from diplonews.readers._records import (
    BLOCK_SIZE,
    ErrorPolicy,
    FieldMap,
    FilePiece,
    IdFrom,
    InputFormat,
    LineBlock,
    Piece,
    ReadPiece,
    ReadReport,
    Reject,
    Source,
    convert,
    detect_format,
    expand,
    read_articles,
    read_piece,
    split_input,
)

if TYPE_CHECKING:  # loaded on first use (see __getattr__): JSON input never needs its patterns
    from diplonews.readers._crawl import parse_crawled_text

__all__ = [
    "BLOCK_SIZE",
    "ErrorPolicy",
    "FieldMap",
    "FilePiece",
    "IdFrom",
    "InputFormat",
    "LineBlock",
    "Piece",
    "ReadPiece",
    "ReadReport",
    "Reject",
    "Source",
    "convert",
    "detect_format",
    "expand",
    "parse_crawled_text",
    "parse_published",
    "read_articles",
    "read_piece",
    "split_input",
]


def __getattr__(name: str) -> Any:
    """Load :func:`parse_crawled_text` (and the crawled-page patterns) on first use."""
    if name == "parse_crawled_text":
        value = importlib.import_module("diplonews.readers._crawl").parse_crawled_text
        globals()[name] = value
        return value
    raise AttributeError(f"module 'diplonews.readers' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
