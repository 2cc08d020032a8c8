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

LEAD = "The foreign ministers of the two countries met in Astana on Thursday."
MORE = "Talks go on."


def page(header: str, *paragraphs: str, sep: str = "\n\n") -> str:
    """A page: the header line (after the date), then its paragraphs."""
    return f" date 2024-06-03 {header}\n\n" + sep.join(paragraphs) + "\n"


def glued(header: str, *lines: str) -> str:
    """A page whose lines follow the header with no blank line between them."""
    return f" date 2024-06-03 {header}\n" + "\n".join(lines) + "\n"


def _read(text: str) -> tuple[str | None, str | None]:
    (article,) = parse_crawled_text(text)
    return article.author, article.title


# An outlet, desk or section name on the header line (with a slash, bar, dash or 'with',
# or a name alone over a headline standing alone) is not a title; the headline below is.
OUTLET_HEADER: dict[str, Row] = {
    "outlet-slash-section": (
        page("Caspian Wire / Politics", "Baku, Ankara discuss transit cargo", LEAD, MORE),
        None, "Baku, Ankara discuss transit cargo",
    ),
    "outlet-bar-timestamp": (
        page("Steppe-Post | 03/08/2021 11:42", "Cabinet reviews harvest plans", LEAD),
        None, "Cabinet reviews harvest plans",
    ),
    "outlet-dash-lowercase-desk": (
        page("Caspian Herald - Business desk", "Trade body meets in Baku", LEAD),
        None, "Trade body meets in Baku",
    ),
    "outlet-report": (
        page("Gulf Courier report", "Date exports climb on demand", LEAD),
        None, "Date exports climb on demand",
    ),
    "outlet-with-agency": (
        page("Morning Bosphorus with AA", "Exports hit record in 2023", LEAD),
        None, "Exports hit record in 2023",
    ),
    "news-agency-over-headline": (
        page("Tengri News Agency", "Kazakh trade with EAEU slips in Q1", LEAD),
        None, "Kazakh trade with EAEU slips in Q1",
    ),
    "brand-with-digits-over-headline": (
        page("42.KZ News Agency", "Two states adopt road map on trade", LEAD),
        None, "Two states adopt road map on trade",
    ),
    "outlet-and-timestamp-no-headline": (
        page("February 24, 2023, 08:14 – Caspian – News", LEAD, MORE), None, None,
    ),
    # near misses: headlines stay headlines
    "near-headline-with-lowercase-words": (
        page("Aliyev, Erdogan hold talks in Ankara", LEAD, MORE),
        None, "Aliyev, Erdogan hold talks in Ankara",
    ),
    "near-title-case-headline-alone": (
        page("Aliyev Receives Turkish Delegation", LEAD, MORE),
        None, "Aliyev Receives Turkish Delegation",
    ),
    "near-headline-with-dash": (
        page("Kazakhstan - China trade grows by 20 percent", LEAD, MORE),
        None, "Kazakhstan - China trade grows by 20 percent",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", OUTLET_HEADER.values(), ids=OUTLET_HEADER.keys())
def test_outlet_header(row: Row) -> None:
    """An outlet or section name on the header line is no title; a headline below it is."""
    text, author, title = row
    assert _read(text) == (author, title)


# A personal byline after a dateline: on its line after a dash (maybe after the outlet's
# credit), or in the paragraph just below the dateline's lead.
BYLINE_AFTER_DATELINE: dict[str, Row] = {
    "dateline-dash-byline": (
        page("Leaders meet on sidelines", "ASTANA, 4 July 2024 - By Saule Ibrayeva", LEAD, MORE),
        "Saule Ibrayeva", "Leaders meet on sidelines",
    ),
    "caps-dateline-credit-byline": (
        page("Trade with EAEU grows", "BISHKEK – 42.kg news agency, By Aibek Usenov", LEAD),
        "Aibek Usenov", "Trade with EAEU grows",
    ),
    "byline-under-dateline-lead": (
        page("Two states sign documents", f"ASTANA – {LEAD}", "By Marat Zhumabekov", MORE),
        "Marat Zhumabekov", "Two states sign documents",
    ),
    "byline-under-wire-dateline-lead": (
        page("By Kazinform", f"ASTANA. KAZINFORM – {LEAD}", "By Gulnara Seitova", MORE),
        "Gulnara Seitova", None,
    ),
    "byline-under-dateline-and-agency": (
        page("Commissions to meet again", "BISHKEK, November 28 — Steppe news agency",
             "By Aidana Usenova", LEAD),
        "Aidana Usenova", "Commissions to meet again",
    ),
    # near misses: a lead that starts with 'By', a long credit, a byline far below
    "near-lead-starting-with-by": (
        page("Two states aim to double trade",
             "ASTANA, 16 November 2023 - By 2030 the two countries aim to double trade.", MORE),
        None, "Two states aim to double trade",
    ),
    "near-credit-too-long": (
        page("Two states aim to double trade",
             "ASTANA – The ministers of the two states said today, By Marat Zhumabekov", MORE),
        None, "Two states aim to double trade",
    ),
    "near-byline-far-below": (
        page("Two states sign documents", f"ASTANA – {LEAD}", "One.", "Two.", "Three.",
             "By the end of the year more will follow."),
        None, "Two states sign documents",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", BYLINE_AFTER_DATELINE.values(), ids=BYLINE_AFTER_DATELINE.keys())
def test_byline_after_dateline(row: Row) -> None:
    """A byline after a dateline's dash, or just under its lead, is the page's author."""
    text, author, title = row
    assert _read(text) == (author, title)


# A personal byline or a wire credit ('Reporting by', 'Writing by') as the page's last lines.
CLOSING_BYLINE: dict[str, Row] = {
    "closing-by": (page("+ ↺ − 16 px", LEAD, MORE, "By Dana Seitova"), "Dana Seitova", None),
    "closing-by-three-words": (
        page("Leaders co-chair council", "ANKARA", LEAD, "By Ali Can Demir"),
        "Ali Can Demir", "Leaders co-chair council",
    ),
    "closing-by-before-follow-us": (
        page("+ ↺ − 16 px", LEAD, "By Nana Gelashvili", "Follow us on Twitter @Caspian"),
        "Nana Gelashvili", None,
    ),
    "reporting-by": (
        page("Exports climb in 11 months", LEAD, "Reporting by Ayse Yilmaz"),
        "Ayse Yilmaz", "Exports climb in 11 months",
    ),
    "writing-by-then-editing": (
        page("Ministers talk by phone", LEAD, "(Writing by Kerem Aksoy; Editing by Tom Hill)"),
        "Kerem Aksoy", "Ministers talk by phone",
    ),
    "reporting-by-under-header-byline": (
        page("By Leyla Aliyeva", LEAD, "Reporting by Kerem Aksoy"), "Leyla Aliyeva", None,
    ),
    # near misses
    "near-editing-by": (
        page("Ministers talk by phone", LEAD, "Editing by Tom Hill"),
        None, "Ministers talk by phone",
    ),
    "near-by-role": (
        page("Ministers talk by phone", LEAD, "By Staff Reporter"), None, "Ministers talk by phone",
    ),
    "near-by-sentence": (
        page("Ministers talk by phone", LEAD, "By the end of the year the sides will meet again."),
        None, "Ministers talk by phone",
    ),
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
        page("Minister holds meetings in Antalya", "Politics 12 April 2025 17:25 (UTC +04:00)",
             "Minister holds meetings in Antalya", "BAKU, Azerbaijan, April 12.", "Trend:", LEAD),
        "Trend", "Minister holds meetings in Antalya",
    ),
    "stopped-dateline-one-place": (
        page("+ ↺ − 16 px", "TIRANA, May 16.", "Trend:", LEAD), "Trend", None,
    ),
    "stopped-dateline-abbreviated-month": (
        page("Two states eye transit routes", "BAKU, Azerbaijan, Nov. 17.", "Azertac:", LEAD),
        "Azertac", "Two states eye transit routes",
    ),
    # near misses: a sentence with a stop, and a colon line that is no known agency
    "near-sentence-not-dateline": (
        page("Two states eye transit routes", MORE, "Trend:", LEAD),
        None, "Two states eye transit routes",
    ),
    "near-credit-not-an-agency": (
        page("+ ↺ − 16 px", "TIRANA, May 16.", "Note:", LEAD), None, None,
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
        page("Exports near record in 11 months", "Kerem Aksoy   |04.12.2023", LEAD),
        "Kerem Aksoy", "Exports near record in 11 months",
    ),
    "name-bar-date-update": (
        page("Trade with Turkic states hits record",
             "Ayse Demir   |12.02.2024 - Update : 12.02.2024", "ANKARA", LEAD),
        "Ayse Demir", "Trade with Turkic states hits record",
    ),
    "name-bar-date-time-zone": (
        page("Caspian Wire / World", "Minister meets president in Astana",
             "Minister discusses bilateral ties with president",
             "Murat Ozturk  |03.06.2024 - 14:22 GMT", "ASTANA", LEAD),
        "Murat Ozturk", "Minister meets president in Astana",
    ),
    # near misses: a one-word section before the bar, words after it
    "near-section-bar-stamp": (
        page("Minister receives envoy", "Politics | 9 April 2025 15:22 (UTC +04:00)", LEAD),
        None, "Minister receives envoy",
    ),
    "near-name-bar-words": (
        page("Minister receives envoy", "Kerem Aksoy | Ankara bureau", LEAD),
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
        page("Trade grows in nine months", "ASTANA. STEPPEWIRE - Trade grew by 14 percent.", MORE,
             "Aidana Serikova"),
        "Aidana Serikova", "Trade grows in nine months",
    ),
    "wire-dateline-signature-under-nav": (
        page("Go to the main site", "    Leaders meet at forum", "    8 June 2023, 19:20",
             "    NUR-SULTAN. STEPPEWIRE – The leaders met at the forum.", f"    {MORE}",
             "    Marat Bekov"),
        "Marat Bekov", "Leaders meet at forum",
    ),
    "wire-dateline-three-word-signature": (
        page("+ ↺ − 16 px", "DUSHANBE. STEPPEWIRE – The ministers met on Monday.", MORE,
             "Ali Can Demir"),
        "Ali Can Demir", None,
    ),
    # near misses: an outlet's signature under other datelines, a tag line, a known agency
    "near-signature-without-wire-dateline": (
        page("+ ↺ − 16 px", "TEHRAN – The ministers met on Monday.", MORE, "Tehran Chronicle"),
        None, None,
    ),
    "near-signature-under-paren-dateline": (
        page("+ ↺ − 16 px", "Tbilisi, June 14 (GPB) - The ministers met on Monday.", MORE,
             "Georgian Public Broadcaster"),
        None, None,
    ),
    "near-tag-line": (
        page("+ ↺ − 16 px", "DUSHANBE. STEPPEWIRE – The ministers met on Monday.", MORE,
             "CIS Government Tajikistan Belarus"),
        None, None,
    ),
    "near-known-agency": (
        page("+ ↺ − 16 px", "ASTANA. STEPPEWIRE – The ministers met on Monday.", MORE,
             "Anadolu Agency"),
        None, None,
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
        glued("Exports to Central Asian states up 31pc", "Saima Rauf",
              "KARACHI: Exports rose 31 per cent in nine months.", MORE),
        "Saima Rauf", "Exports to Central Asian states up 31pc",
    ),
    "name-under-syndication-prefix": (
        glued("(MENAFN- Caspian)", "Leyla Mammadova", LEAD, MORE), "Leyla Mammadova", None,
    ),
    "name-under-site-junk": (
        glued("+ ↺ − 16 px", "Ali Can Demir", LEAD), "Ali Can Demir", None,
    ),
    # near misses: a name with a blank line after it, a desk, an agency, a second line
    "near-name-then-blank": (page("+ ↺ − 16 px", "Business Turkmenistan", LEAD), None, None),
    "near-desk-over-text": (
        glued("Exports surge in FY24", "Recorder Report", LEAD), None, "Exports surge in FY24",
    ),
    "near-agency-over-text": (
        glued("Exports surge in FY24", "Anadolu Agency", LEAD), None, "Exports surge in FY24",
    ),
    "near-name-second-line": (
        glued("Exports surge in FY24", LEAD, "Ali Can Demir", MORE), None, "Exports surge in FY24",
    ),
}  # fmt: skip


@pytest.mark.parametrize("row", NAME_OVER_TEXT.values(), ids=NAME_OVER_TEXT.keys())
def test_name_over_text(row: Row) -> None:
    """A bare personal name first under the header, glued to the text, is the writer."""
    text, author, title = row
    assert _read(text) == (author, title)


# Site chrome under a bare header (menu headings, section words, an outlet's capitals, link
# rows, a clock-first timestamp), however long, then the headline standing alone. Known
# misses: skipping the chrome (tried in issue 9's session 21) found the headlines of both
# released pages in this shape, but with their dateline then out of the body the meeting step
# dated a "met on Thursday" conference from the lead's "On Friday" and meetings F1 fell, so
# the header scan still stops at the chrome.
_NAV_MISS = pytest.mark.xfail(reason="the header scan stops at site chrome", strict=True)
NAV_BLOCK: dict[str, Row] = {
    "menu-sections-timestamp": (
        glued("EN", "What's new:", "  • kz", "  • ру", "  • en", "    Politics", "    Economy",
              "    Society", "    Sport", "    11:37, 4 October 2024 | GMT +5", "",
              "    President receives foreign ministers", "", f"    {LEAD}"),
        None, "President receives foreign ministers",
    ),
    "brand-capitals-link-row": (
        glued("EN", "What's trending:", "STEPPE TV AND RADIO OF THE REPUBLIC", "  • kz",
              "  • ру", "  • en", "  • qz", "  • uz", "    Incidents", "    Kazakhstan",
              "    Politics", "    Analytics", "    About us",
              "    About agency Contacts Advertisement Partners Photo Site map Tags",
              "    21:58, 17 September 2018 | GMT +6", "", "    Minister meets secretary general",
              "", f"    {LEAD}"),
        None, "Minister meets secretary general",
    ),
    "sections-then-byline": (
        glued("EN", "Politics", "Economy", "", "By Aidana Serikova", "", LEAD),
        "Aidana Serikova", None,
    ),
    # near misses: a headline standing alone is not chrome; a name over the text is a writer
    "near-headline-with-nav-word": (
        page("EN", "Kazakhstan to share transit experience", LEAD),
        None, "Kazakhstan to share transit experience",
    ),
    "near-name-over-text": (glued("EN", "Saima Rauf", LEAD), "Saima Rauf", None),
    "near-under-headline-header": (
        glued("Ministers meet in Astana", "Politics", LEAD), None, "Ministers meet in Astana",
    ),
}  # fmt: skip
_NAV_MISSES = {"menu-sections-timestamp", "brand-capitals-link-row"}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(row, marks=_NAV_MISS if key in _NAV_MISSES else ())
        for key, row in NAV_BLOCK.items()
    ],
    ids=NAV_BLOCK.keys(),
)
def test_nav_block(row: Row) -> None:
    """Site chrome under a bare header is skipped, so the headline below it is found."""
    text, author, title = row
    assert _read(text) == (author, title)


def test_short_paragraph_under_headline_header() -> None:
    """A short paragraph under a headline header stays text."""
    (article,) = parse_crawled_text(NAV_BLOCK["near-under-headline-header"][0])
    assert article.body == f"Politics {LEAD}"
