r"""Reading articles: crawled text pages, JSON and JSON Lines records.

>>> import io
>>> from diplonews.readers import read_articles
>>> [a.author for a in read_articles(io.StringIO(" date 2021-03-04 By Leyla Aliyeva\n\nTalks."))]
['Leyla Aliyeva']
"""

from __future__ import annotations

from diplonews.readers._crawl import parse_crawled_text
from diplonews.readers._published import parse_published
from diplonews.readers._records import (
    ErrorPolicy,
    FieldMap,
    IdFrom,
    InputFormat,
    ReadReport,
    Reject,
    Source,
    convert,
    detect_format,
    expand,
    read_articles,
)

__all__ = [
    "ErrorPolicy",
    "FieldMap",
    "IdFrom",
    "InputFormat",
    "ReadReport",
    "Reject",
    "Source",
    "convert",
    "detect_format",
    "expand",
    "parse_crawled_text",
    "parse_published",
    "read_articles",
]
