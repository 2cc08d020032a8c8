"""Header shapes of the crawled format that the released pages showed the reader misread (issue 9).

Each named list is one class of header shape, stated as a rule about how
pages write their headers; its rows are invented pages in that shape and
near misses that must keep their reading. A row is a page and the author
and title the reader must give (spec/CRAWL_FORMAT.md, "Metadata").
"""

from __future__ import annotations

import pytest

from diplonews.readers import parse_crawled_text

Row = tuple[str, str | None, str | None]  # page text, author, title

BODY = "The two ministers met in Baku on Tuesday and discussed transit cargo.\n\nTalks go on.\n"

# An outlet, desk or section name on the header line (with a slash, bar, dash or 'with',
# or a name alone over a headline standing alone) is not a title; the headline below is.
OUTLET_HEADER: dict[str, Row] = {
    "outlet-slash-section": (
        f" date 2024-06-03 Caspian Wire / Politics\n\nBaku, Ankara discuss transit cargo\n\n{BODY}",
        None, "Baku, Ankara discuss transit cargo",
    ),
    "outlet-bar-timestamp": (
        f" date 2021-08-03 Steppe-Post | 03/08/2021 11:42\n\nCabinet reviews harvest plans\n\n{BODY}",
        None, "Cabinet reviews harvest plans",
    ),
    "outlet-dash-lowercase-desk": (
        f" date 2023-01-24 Caspian Herald - Business desk\n\nTrade body meets in Baku\n\n{BODY}",
        None, "Trade body meets in Baku",
    ),
    "outlet-report": (
        f" date 2023-10-11 Gulf Courier report\n\nDate exports climb on demand\n\n{BODY}",
        None, "Date exports climb on demand",
    ),
    "outlet-with-agency": (
        f" date 2024-01-03 Morning Bosphorus with AA\n\nExports hit record in 2023\n\n{BODY}",
        None, "Exports hit record in 2023",
    ),
    "news-agency-over-headline": (
        f" date 2021-05-14 Tengri News Agency\n\nKazakh trade with EAEU slips in Q1\n\n{BODY}",
        None, "Kazakh trade with EAEU slips in Q1",
    ),
    "brand-with-digits-over-headline": (
        f" date 2025-09-17 42.KZ News Agency\n\nTwo states adopt road map on trade\n\n{BODY}",
        None, "Two states adopt road map on trade",
    ),
    "outlet-and-timestamp-no-headline": (
        f" date 2023-02-24 February 24, 2023, 08:14 – Caspian – News\n\n{BODY}", None, None,
    ),
    # near misses: headlines stay headlines
    "near-headline-with-lowercase-words": (
        f" date 2024-06-03 Aliyev, Erdogan hold talks in Ankara\n\n{BODY}",
        None, "Aliyev, Erdogan hold talks in Ankara",
    ),
    "near-title-case-headline-alone": (
        f" date 2024-06-03 Aliyev Receives Turkish Delegation\n\n{BODY}",
        None, "Aliyev Receives Turkish Delegation",
    ),
    "near-headline-with-dash": (
        f" date 2024-06-03 Kazakhstan - China trade grows by 20 percent\n\n{BODY}",
        None, "Kazakhstan - China trade grows by 20 percent",
    ),
}  # fmt: skip


def _read(text: str) -> tuple[str | None, str | None]:
    (article,) = parse_crawled_text(text)
    return article.author, article.title


@pytest.mark.parametrize("row", OUTLET_HEADER.values(), ids=OUTLET_HEADER.keys())
def test_outlet_header(row: Row) -> None:
    """An outlet or section name on the header line is no title; a headline below it is."""
    text, author, title = row
    assert _read(text) == (author, title)
