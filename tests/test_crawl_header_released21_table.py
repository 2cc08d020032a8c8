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


LEAD = "The foreign ministers of the two countries met in Astana on Thursday."

# A personal byline after a dateline: on its line after a dash (maybe after the outlet's
# credit), or in the paragraph just below the dateline's lead.
BYLINE_AFTER_DATELINE: dict[str, Row] = {
    "dateline-dash-byline": (
        f" date 2024-07-04 Leaders meet on summit sidelines\n\nASTANA, 4 July 2024 - By Saule Ibrayeva"
        f"\n\n{LEAD}\n\nTalks go on.\n",
        "Saule Ibrayeva", "Leaders meet on summit sidelines",
    ),
    "caps-dateline-credit-byline": (
        f" date 2023-08-25 Trade with EAEU grows in first half\n\nBISHKEK – 42.kg news agency, By"
        f" Aibek Usenov\n\n{LEAD}\n",
        "Aibek Usenov", "Trade with EAEU grows in first half",
    ),
    "byline-under-dateline-lead": (
        f" date 2023-11-16 Two states sign seven documents\n\nASTANA – {LEAD}\n\nBy Marat Zhumabekov"
        "\n\nTalks go on.\n",
        "Marat Zhumabekov", "Two states sign seven documents",
    ),
    "byline-under-wire-dateline-lead": (
        f" date 2022-09-14 By Kazinform\n\nASTANA. KAZINFORM – {LEAD}\n\nBy Gulnara Seitova\n\n"
        "Talks go on.\n",
        "Gulnara Seitova", None,
    ),
    "byline-under-dateline-and-agency": (
        " date 2022-11-28 Border commissions to meet again\n\nBISHKEK, November 28 — Steppe news agency"
        f"\n\nBy Aidana Usenova\n\n{LEAD}\n",
        "Aidana Usenova", "Border commissions to meet again",
    ),
    # near misses: a lead that starts with 'By' and a byline far below stay body text
    "near-lead-starting-with-by": (
        " date 2023-11-16 Two states aim to double trade\n\nASTANA, 16 November 2023 - By 2030 the two"
        " countries aim to double trade.\n\nTalks go on.\n",
        None, "Two states aim to double trade",
    ),
    "near-credit-too-long": (
        " date 2023-11-16 Two states aim to double trade\n\nASTANA – The ministers of the two states"
        " said today, By Marat Zhumabekov\n\nTalks go on.\n",
        None, "Two states aim to double trade",
    ),
    "near-byline-far-below": (
        f" date 2023-11-16 Two states sign seven documents\n\nASTANA – {LEAD}\n\nOne.\n\nTwo.\n\n"
        "Three.\n\nBy the end of the year more will follow.\n",
        None, "Two states sign seven documents",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", BYLINE_AFTER_DATELINE.values(), ids=BYLINE_AFTER_DATELINE.keys())
def test_byline_after_dateline(row: Row) -> None:
    """A byline after a dateline's dash, or just under its lead, is the page's author."""
    text, author, title = row
    assert _read(text) == (author, title)


# A personal byline or a wire credit ('Reporting by', 'Writing by') as the page's last lines.
CLOSING_BYLINE: dict[str, Row] = {
    "closing-by": (f" date 2024-05-23 + ↺ − 16 px\n\n{LEAD}\n\nTalks go on.\n\nBy Dana Seitova\n",
                   "Dana Seitova", None),
    "closing-by-three-words": (f" date 2025-04-09 Leaders co-chair council\n\nANKARA\n\n{LEAD}\n\n"
                               "By Ali Can Demir\n", "Ali Can Demir", "Leaders co-chair council"),
    "closing-by-before-follow-us": (f" date 2023-06-21 + ↺ − 16 px\n\n{LEAD}\n\nBy Nana Gelashvili\n\n"
                                    "Follow us on Twitter @Caspian\n", "Nana Gelashvili", None),
    "reporting-by": (f" date 2022-12-06 Exports climb in 11 months\n\n{LEAD}\n\n"
                     "Reporting by Ayse Yilmaz\n", "Ayse Yilmaz", "Exports climb in 11 months"),
    "writing-by-then-editing": (f" date 2021-02-10 Ministers talk by phone\n\n{LEAD}\n\n"
                                "(Writing by Kerem Aksoy; Editing by Tom Hill)\n", "Kerem Aksoy",
                                "Ministers talk by phone"),
    "reporting-by-under-header-byline": (f" date 2021-02-10 By Leyla Aliyeva\n\n{LEAD}\n\n"
                                         "Reporting by Kerem Aksoy\n", "Leyla Aliyeva", None),
    # near misses
    "near-editing-by": (f" date 2021-02-10 Ministers talk by phone\n\n{LEAD}\n\n"
                        "Editing by Tom Hill\n", None, "Ministers talk by phone"),
    "near-by-role": (f" date 2021-02-10 Ministers talk by phone\n\n{LEAD}\n\nBy Staff Reporter\n",
                     None, "Ministers talk by phone"),
    "near-by-sentence": (f" date 2021-02-10 Ministers talk by phone\n\n{LEAD}\n\n"
                         "By the end of the year the two sides will meet again.\n", None,
                         "Ministers talk by phone"),
}  # fmt: skip


@pytest.mark.parametrize("row", CLOSING_BYLINE.values(), ids=CLOSING_BYLINE.keys())
def test_closing_byline(row: Row) -> None:
    """A byline or a reporting credit closing the page names its writer when the header does not."""
    text, author, title = row
    assert _read(text) == (author, title)


# A dateline alone on its line with a final stop ('BAKU, Azerbaijan, April 12.'), then the
# agency's bare credit ('Trend:'): the credit is the author.
STOPPED_DATELINE: dict[str, Row] = {
    "section-stamp-headline-stopped-dateline": (
        " date 2025-04-12 Minister holds meetings in Antalya\n\nPolitics 12 April 2025 17:25 (UTC"
        " +04:00)\n\nMinister holds meetings in Antalya\n\nBAKU, Azerbaijan, April 12.\n\nTrend:\n\n"
        f"{LEAD}\n", "Trend", "Minister holds meetings in Antalya",
    ),
    "stopped-dateline-one-place": (
        f" date 2025-05-16 + ↺ − 16 px\n\nTIRANA, May 16.\n\nTrend:\n\n{LEAD}\n", "Trend", None,
    ),
    "stopped-dateline-abbreviated-month": (
        " date 2022-11-17 Two states eye transit routes\n\nBAKU, Azerbaijan, Nov. 17.\n\nAzertac:\n\n"
        f"{LEAD}\n", "Azertac", "Two states eye transit routes",
    ),
    # near misses: a sentence with a stop, and a colon line that is no known agency
    "near-sentence-not-dateline": (
        f" date 2025-05-16 Two states eye transit routes\n\nTalks go on.\n\nTrend:\n\n{LEAD}\n",
        None, "Two states eye transit routes",
    ),
    "near-credit-not-an-agency": (
        f" date 2025-05-16 + ↺ − 16 px\n\nTIRANA, May 16.\n\nNote:\n\n{LEAD}\n", None, None,
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", STOPPED_DATELINE.values(), ids=STOPPED_DATELINE.keys())
def test_stopped_dateline(row: Row) -> None:
    """A dateline ending in a full stop is still a dateline; the credit under it is the author."""
    text, author, title = row
    assert _read(text) == (author, title)


# A writer's name, a bar and the page's timestamp ('<Name>  |04.12.2023 - 14:22 GMT').
NAME_BAR_STAMP: dict[str, Row] = {
    "name-bar-date": (
        f" date 2023-12-04 Exports near record in 11 months\n\nKerem Aksoy   |04.12.2023\n\n{LEAD}\n",
        "Kerem Aksoy", "Exports near record in 11 months",
    ),
    "name-bar-date-update": (
        " date 2024-02-12 Trade with Turkic states hits record\n\nAyse Demir   |12.02.2024 - Update :"
        f" 12.02.2024\n\nANKARA\n\n{LEAD}\n", "Ayse Demir", "Trade with Turkic states hits record",
    ),
    "name-bar-date-time-zone": (
        " date 2024-06-03 Caspian Wire / World\n\nMinister meets president in Astana\n\nMinister"
        " discusses bilateral ties with president\n\nMurat Ozturk  |03.06.2024 - 14:22 GMT\n\nASTANA"
        f"\n\n{LEAD}\n", "Murat Ozturk", "Minister meets president in Astana",
    ),
    # near misses: a one-word section before the bar is no writer
    "near-section-bar-stamp": (
        " date 2025-04-09 Minister receives envoy\n\nPolitics | 9 April 2025 15:22 (UTC +04:00)\n\n"
        f"{LEAD}\n", None, "Minister receives envoy",
    ),
    "near-name-bar-words": (
        f" date 2025-04-09 Minister receives envoy\n\nKerem Aksoy | Ankara bureau\n\n{LEAD}\n",
        None, "Minister receives envoy",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", NAME_BAR_STAMP.values(), ids=NAME_BAR_STAMP.keys())
def test_name_bar_stamp(row: Row) -> None:
    """A name followed by a bar and a timestamp is the writer's byline."""
    text, author, title = row
    assert _read(text) == (author, title)


# A page whose dateline credits a wire agency in capitals ('ASTANA. KAZINFORM - ...') signs
# off with the writer's bare name on its last line.
WIRE_SIGNATURE: dict[str, Row] = {
    "wire-dateline-signature": (
        " date 2023-10-20 Two states' trade grows in nine months\n\nASTANA. STEPPEWIRE - Trade between"
        " the two states grew by 14 percent.\n\nTalks go on.\n\nAidana Serikova\n",
        "Aidana Serikova", "Two states' trade grows in nine months",
    ),
    "wire-dateline-signature-under-nav": (
        " date 2023-06-08 Go to the main site\n\n    Leaders meet at forum\n\n    8 June 2023, 19:20\n\n"
        "    NUR-SULTAN. STEPPEWIRE – The leaders met at the forum.\n\n    Talks go on.\n\n"
        "    Marat Bekov\n", "Marat Bekov", "Leaders meet at forum",
    ),
    "wire-dateline-three-word-signature": (
        " date 2024-03-05 + ↺ − 16 px\n\nDUSHANBE. STEPPEWIRE – The ministers met on Monday.\n\n"
        "Talks go on.\n\nAli Can Demir\n", "Ali Can Demir", None,
    ),
    # near misses: an outlet's signature under other datelines, a tag line, a known agency
    "near-signature-without-wire-dateline": (
        " date 2023-10-20 + ↺ − 16 px\n\nTEHRAN – The ministers met on Monday.\n\nTalks go on.\n\n"
        "Tehran Chronicle\n", None, None,
    ),
    "near-signature-under-paren-dateline": (
        " date 2023-10-20 + ↺ − 16 px\n\nTbilisi, June 14 (GPB) - The ministers met on Monday.\n\n"
        "Talks go on.\n\nGeorgian Public Broadcaster\n", None, None,
    ),
    "near-tag-line": (
        " date 2023-10-20 + ↺ − 16 px\n\nDUSHANBE. STEPPEWIRE – The ministers met on Monday.\n\n"
        "Talks go on.\n\nCIS Government Tajikistan Belarus\n", None, None,
    ),
    "near-known-agency": (
        " date 2023-10-20 + ↺ − 16 px\n\nASTANA. STEPPEWIRE – The ministers met on Monday.\n\n"
        "Talks go on.\n\nAnadolu Agency\n", None, None,
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", WIRE_SIGNATURE.values(), ids=WIRE_SIGNATURE.keys())
def test_wire_signature(row: Row) -> None:
    """A bare name closing a page with an agency's wire dateline is the writer."""
    text, author, title = row
    assert _read(text) == (author, title)


# A writer's bare name as the first line under the header, the text straight below it.
NAME_OVER_TEXT: dict[str, Row] = {
    "name-under-headline": (
        " date 2025-04-16 Exports to Central Asian states up 31pc\nSaima Rauf\nKARACHI: Exports rose"
        " 31 per cent in nine months.\nTalks go on.\n", "Saima Rauf",
        "Exports to Central Asian states up 31pc",
    ),
    "name-under-syndication-prefix": (
        f" date 2024-12-26 (MENAFN- Caspian)\nLeyla Mammadova\n{LEAD}\nTalks go on.\n",
        "Leyla Mammadova", None,
    ),
    "name-under-site-junk": (
        f" date 2024-12-26 + ↺ − 16 px\nAli Can Demir\n{LEAD}\n", "Ali Can Demir", None,
    ),
    # near misses: a name with a blank line after it, a desk, an agency, a second line
    "near-name-then-blank": (
        f" date 2024-12-26 + ↺ − 16 px\n\nBusiness Turkmenistan\n\n{LEAD}\n", None, None,
    ),
    "near-desk-over-text": (
        f" date 2024-12-26 Exports surge in FY24\nRecorder Report\n{LEAD}\n", None,
        "Exports surge in FY24",
    ),
    "near-agency-over-text": (
        f" date 2024-12-26 Exports surge in FY24\nAnadolu Agency\n{LEAD}\n", None,
        "Exports surge in FY24",
    ),
    "near-name-second-line": (
        f" date 2024-12-26 Exports surge in FY24\n{LEAD}\nAli Can Demir\nTalks go on.\n", None,
        "Exports surge in FY24",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", NAME_OVER_TEXT.values(), ids=NAME_OVER_TEXT.keys())
def test_name_over_text(row: Row) -> None:
    """A bare personal name first under the header, glued to the text, is the writer."""
    text, author, title = row
    assert _read(text) == (author, title)
