"""Tests for the crawled text reader (spec/CRAWL_FORMAT.md), with fixtures written for them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import ArticleParseError
from diplonews.readers import ReadReport, parse_crawled_text, read_articles


@attrs.frozen
class Row:
    """A page and what the reader must make of it."""

    text: str
    published: dt.date | None
    author: str | None
    title: str | None
    dateline: str | None
    first: str  # first body paragraph
    last: str  # last body paragraph


# One row per header shape of CRAWL_FORMAT.md (made-up pages in each shape).
SHAPES: dict[str, Row] = {
    "1-byline": Row(
        " date 2021-03-04 By Leyla Aliyeva\n\nAzerbaijan and Georgia discussed rail freight on"
        " Wednesday.\n\nThe talks will continue in Tbilisi.\n",
        dt.date(2021, 3, 4), "Leyla Aliyeva", None, None,
        "Azerbaijan and Georgia discussed rail freight on Wednesday.",
        "The talks will continue in Tbilisi.",
    ),
    "2-agency-then-personal": Row(
        " date 2020-09-21 By Azernews\n\nBy Rauf Mammadov\n\nTrade between Baku and Tashkent grew"
        " by 12 percent.\n\nBoth sides expect further growth.\n",
        dt.date(2020, 9, 21), "Rauf Mammadov", None, None,
        "Trade between Baku and Tashkent grew by 12 percent.", "Both sides expect further growth.",
    ),
    "3-timestamp-byline": Row(
        " date 2022-06-07 7 June 2022 13:30 (UTC+04:00)\n\nBy Nigar Hasanova\n\nThe foreign"
        " ministers met in Baku on Tuesday.\n\nFollow us on Twitter @AzerNewsAz\n",
        dt.date(2022, 6, 7), "Nigar Hasanova", None, None,
        "The foreign ministers met in Baku on Tuesday.",
        "The foreign ministers met in Baku on Tuesday.",
    ),
    "4-site-junk": Row(
        " date 2019-01-30 + ↺ − 16 px\n\nThe delegation arrived in Ankara for two days of talks."
        "\n\nSource: Ministry of Foreign Affairs\n",
        dt.date(2019, 1, 30), None, None, None,
        "The delegation arrived in Ankara for two days of talks.",
        "The delegation arrived in Ankara for two days of talks.",
    ),
    "5-dateline-personal-credit": Row(
        " date 2020-07-25 BAKU, Azerbaijan, July 25\n\nBy Amina Nazarli - Trend:\n\nAzerbaijan's"
        " exports to Italy rose in the first half.\n\nThe figure reached $2.1 billion.\n",
        dt.date(2020, 7, 25), "Amina Nazarli", None, "BAKU, Azerbaijan, July 25",
        "Azerbaijan's exports to Italy rose in the first half.", "The figure reached $2.1 billion.",
    ),
    "5-dateline-agency-credit": Row(
        " date 2020-07-26 BAKU, Azerbaijan, July 26\n\nTrend:\n\nThe ministers met in Baku.\n",
        dt.date(2020, 7, 26), "Trend", None, "BAKU, Azerbaijan, July 26",
        "The ministers met in Baku.", "The ministers met in Baku.",
    ),
    "6-headline-section-repeat": Row(
        " date 2021-09-20 President meets visiting minister\n\nPolitics 20 September 2021 14:05"
        " (UTC+04:00)\n\nPresident meets visiting minister\n\nBAKU, Azerbaijan, Sept.20\n\nTrend:"
        "\n\nThe President received the foreign minister of Hungary.\n\nThey discussed energy.\n",
        dt.date(2021, 9, 20), "Trend", "President meets visiting minister",
        "BAKU, Azerbaijan, Sept.20",
        "The President received the foreign minister of Hungary.", "They discussed energy.",
    ),
    "7-headline-body": Row(
        " date 2017-08-05 President to pay official visit to Ankara\n\nThe President will travel"
        " to Ankara next week.\n\nAn agreement on transit is expected.\n",
        dt.date(2017, 8, 5), None, "President to pay official visit to Ankara", None,
        "The President will travel to Ankara next week.", "An agreement on transit is expected.",
    ),
    "7-headline-dateline-byline": Row(
        " date 2017-08-06 Uzbekistan, Tajikistan agree on water sharing\n\nTASHKENT, Uzbekistan,"
        " Aug. 6\n\nBy Kamila Yusupova - Trend:\n\nThe two neighbours agreed on quotas.\n",
        dt.date(2017, 8, 6), "Kamila Yusupova", "Uzbekistan, Tajikistan agree on water sharing",
        "TASHKENT, Uzbekistan, Aug. 6",
        "The two neighbours agreed on quotas.", "The two neighbours agreed on quotas.",
    ),
    "7-question-headline": Row(
        " date 2018-05-02 Will Baku host the next round of talks?\n\nDiplomats say it may.\n",
        dt.date(2018, 5, 2), None, "Will Baku host the next round of talks?", None,
        "Diplomats say it may.", "Diplomats say it may.",
    ),
    "8-first-sentence": Row(
        " date 2024-07-12 The two countries on Thursday signed a memorandum on digital trade."
        "\n\nThe document was signed in Astana.\n",
        dt.date(2024, 7, 12), None, None, None,
        "The two countries on Thursday signed a memorandum on digital trade.",
        "The document was signed in Astana.",
    ),
    "8-caption": Row(
        " date 2024-07-13 Ministers at the signing ceremony in Astana, Photo: press service"
        "\n\nThe ministers signed a transit deal.\n",
        dt.date(2024, 7, 13), None, None, None,
        "Ministers at the signing ceremony in Astana, Photo: press service",
        "The ministers signed a transit deal.",
    ),
    "9-caps-dateline-lead": Row(
        " date 2024-03-11 ASTANA—The President of Kazakhstan received the Azerbaijani foreign"
        " minister on Monday.\n\nThe sides discussed the Middle Corridor.\n",
        dt.date(2024, 3, 11), None, None, "ASTANA",
        "The President of Kazakhstan received the Azerbaijani foreign minister on Monday.",
        "The sides discussed the Middle Corridor.",
    ),
    "9-place-date-lead": Row(
        " date 2022-08-22 UZBEKISTAN, August 22 - Uzbekistan and Turkmenistan agreed to raise"
        " trade to $2 billion.\n\nThe agreement was reached in Tashkent.\n",
        dt.date(2022, 8, 22), None, None, "UZBEKISTAN, August 22",
        "Uzbekistan and Turkmenistan agreed to raise trade to $2 billion.",
        "The agreement was reached in Tashkent.",
    ),
    "10-wire-dateline": Row(
        " date 2016-03-07 Baku. 7 March. REPORT.AZ/ Azerbaijan's foreign minister will visit"
        " Brussels.\n\nHe will meet EU officials.\n",
        dt.date(2016, 3, 7), None, None, "Baku. 7 March. REPORT.AZ/",
        "Azerbaijan's foreign minister will visit Brussels.", "He will meet EU officials.",
    ),
    "11-agency-dateline": Row(
        " date 2022-02-23 Baku, February 23, AZERTAC\n\nPresident Ilham Aliyev met the visiting"
        " Prime Minister of Pakistan.\n\nThe meeting was held in a friendly atmosphere.\n",
        dt.date(2022, 2, 23), None, None, "Baku, February 23, AZERTAC",
        "President Ilham Aliyev met the visiting Prime Minister of Pakistan.",
        "The meeting was held in a friendly atmosphere.",
    ),
    "12-nav-junk-indented": Row(
        " date 2020-02-06   • HOMEPAGE\n  • POLITICS\n  • ECONOMY\n\n    The Turkmen and Afghan"
        " ministers met on Thursday.\n\n    They signed a gas transit protocol.\n",
        dt.date(2020, 2, 6), None, None, None,
        "The Turkmen and Afghan ministers met on Thursday.", "They signed a gas transit protocol.",
    ),
    "13-syndication-prefix": Row(
        " date 2024-03-13 (MENAFN- AzerNews) The President of Azerbaijan met the Emir of Qatar in"
        " Doha.\n\nThe sides praised their ties.\n",
        dt.date(2024, 3, 13), None, None, None,
        "The President of Azerbaijan met the Emir of Qatar in Doha.",
        "The sides praised their ties.",
    ),
    "14-update-note": Row(
        " date 2018-01-16 Details added (first version posted on 14:50)\n\nAzerbaijan and Iran will"
        " build a bridge over the Astara river.\n\nWork starts in spring.\n",
        dt.date(2018, 1, 16), None, None, None,
        "Azerbaijan and Iran will build a bridge over the Astara river.", "Work starts in spring.",
    ),
    "15-desk-name": Row(
        " date 2017-02-25 World Bulletin / News Desk\n\nTurkey and Azerbaijan signed a defence pact"
        " on Saturday.\n\nThe pact covers training.\n",
        dt.date(2017, 2, 25), None, None, None,
        "Turkey and Azerbaijan signed a defence pact on Saturday.", "The pact covers training.",
    ),
}  # fmt: skip

# Trailers, junk, missing headers and cut-off pages (made-up pages).
PAGES: dict[str, Row] = {
    "no-header": Row(
        "Pakistan and Azerbaijan held consultations in Islamabad.\n\nThey agreed to meet again.\n",
        None, None, None, None,
        "Pakistan and Azerbaijan held consultations in Islamabad.", "They agreed to meet again.",
    ),
    "closing-credit": Row(
        " date 2023-05-05\n\nThe envoys met in Baku.\n\nLaman Ismayilova News Author\n",
        dt.date(2023, 5, 5), "Laman Ismayilova", None, None,
        "The envoys met in Baku.", "The envoys met in Baku.",
    ),
    "personal-beats-agency-and-credit": Row(
        " date 2023-05-06 By Trend\n\nBy Rauf Mammadov\n\nThe envoys met.\n\n"
        "Anar Aliyev News Author\n",
        dt.date(2023, 5, 6), "Rauf Mammadov", None, None, "The envoys met.", "The envoys met.",
    ),
    "agency-byline-only": Row(
        " date 2023-05-07 By AzerNews\n\nThe envoys met.\n",
        dt.date(2023, 5, 7), "AzerNews", None, None, "The envoys met.", "The envoys met.",
    ),
    "trailers": Row(
        " date 2023-05-08 By Leyla Aliyeva\n\nThe envoys met.\n\nThey signed a protocol.\n\n--\n"
        "<p></p>\nSource: Foreign Ministry\nFollow us on Twitter @SomeOutlet\nWeb Desk\n",
        dt.date(2023, 5, 8), "Leyla Aliyeva", None, None,
        "The envoys met.", "They signed a protocol.",
    ),
    "junk-inside": Row(
        " date 2023-05-09 By Leyla Aliyeva\n\nThe envoys met.\n\nShare\n\n+ ↺ − 16 px\n\nThey"
        " signed a protocol.\n",
        dt.date(2023, 5, 9), "Leyla Aliyeva", None, None,
        "The envoys met.", "They signed a protocol.",
    ),
    "cut-off": Row(
        " date 2023-05-10 By Leyla Aliyeva\n\nThe envoys met.\n\nThe two sides agreed to expand",
        dt.date(2023, 5, 10), "Leyla Aliyeva", None, None,
        "The envoys met.", "The two sides agreed to expand",
    ),
    "trend-reports-is-no-author": Row(
        " date 2023-05-11\n\nThe envoys met in Baku, Trend reports.\n",
        dt.date(2023, 5, 11), None, None, None,
        "The envoys met in Baku, Trend reports.", "The envoys met in Baku, Trend reports.",
    ),
    "long-unpunctuated-header-is-a-lead": Row(
        " date 2023-05-13 The ministers of the two countries met in Baku on Monday and agreed to"
        " expand cooperation in energy transport and digital trade over the next years\n\nMore.\n",
        dt.date(2023, 5, 13), None, None, None,
        "The ministers of the two countries met in Baku on Monday and agreed to expand cooperation"
        " in energy transport and digital trade over the next years",
        "More.",
    ),
    "section-word-is-no-title": Row(
        " date 2023-05-14 Politics\n\nThe envoys met.\n",
        dt.date(2023, 5, 14), None, None, None, "The envoys met.", "The envoys met.",
    ),
    "speaker-colon-is-no-credit": Row(
        " date 2023-05-15 BAKU, Azerbaijan, May 15\n\nPresident Aliyev: We welcome the deal.\n",
        dt.date(2023, 5, 15), None, None, "BAKU, Azerbaijan, May 15",
        "President Aliyev: We welcome the deal.", "President Aliyev: We welcome the deal.",
    ),
    "update-word-in-body-stays": Row(
        " date 2023-05-16 By Leyla Aliyeva\n\nUpdated customs figures show that trade rose.\n",
        dt.date(2023, 5, 16), "Leyla Aliyeva", None, None,
        "Updated customs figures show that trade rose.",
        "Updated customs figures show that trade rose.",
    ),
    "headline-alone-under-timestamp": Row(
        " date 2023-06-01 09:15\nUSD 88.10\nEUR 95.02\nEnglish\n\nRivers commission meets in"
        " Osh\n\nThe joint water commission of two neighbours opened its session.\n",
        dt.date(2023, 6, 1), None, "Rivers commission meets in Osh", None,
        "The joint water commission of two neighbours opened its session.",
        "The joint water commission of two neighbours opened its session.",
    ),
    "headline-alone-under-branding": Row(
        " date 2023-06-02 Далекий Эфир Телерадио Центр\nFerry line to open next spring\n\n"
        "Samir Guliyev\n2 June 2023, 11:05\nFerry line to open next spring Photo: press office\n\n"
        "The port authority said the ferry will sail twice a week.\n",
        dt.date(2023, 6, 2), "Samir Guliyev", "Ferry line to open next spring", None,
        "The port authority said the ferry will sail twice a week.",
        "The port authority said the ferry will sail twice a week.",
    ),
    "headline-alone-under-nav-link": Row(
        " date 2023-06-03 Go to the main site\n    Museum week opens in Tashkent\n\n"
        "    The week of museums opened on Monday.\n\n    Author:\n\n    Dilnoza Karimova\n",
        dt.date(2023, 6, 3), "Dilnoza Karimova", "Museum week opens in Tashkent", None,
        "The week of museums opened on Monday.", "The week of museums opened on Monday.",
    ),
    "lone-line-under-clock-is-text": Row(
        " date 2023-06-09 10:15\n\nThe two sides agreed to expand",
        dt.date(2023, 6, 9), None, None, None,
        "The two sides agreed to expand", "The two sides agreed to expand",
    ),
    "no-headline-under-byline": Row(
        " date 2023-06-04 By Leyla Aliyeva\n\nTalks resume in Astana\n\nThe envoys met.\n",
        dt.date(2023, 6, 4), "Leyla Aliyeva", None, None, "Talks resume in Astana",
        "The envoys met.",
    ),
    "dateline-then-headline": Row(
        " date 2023-06-05 KYRGYZSTAN, June 5 - Minister receives the delegation of the U.N."
        " agency\n\nThe minister on June 5 received a delegation of the agency.\n",
        dt.date(2023, 6, 5), None, "Minister receives the delegation of the U.N. agency",
        "KYRGYZSTAN, June 5",
        "The minister on June 5 received a delegation of the agency.",
        "The minister on June 5 received a delegation of the agency.",
    ),
    "first-sentence-with-article-and-auxiliary": Row(
        " date 2023-06-06 A photo exhibition on the old city will be opened at the Art Museum on"
        " June 9\n\nVisitors will see 80 photographs, the museum said.\n",
        dt.date(2023, 6, 6), None, None, None,
        "A photo exhibition on the old city will be opened at the Art Museum on June 9",
        "Visitors will see 80 photographs, the museum said.",
    ),
    "name-with-read-more-link": Row(
        " date 2023-06-07 7 June 2023 10:00 (UTC+04:00)\n\nRauf Mammadov Read more\n\n"
        "The envoys met in Baku.\n",
        dt.date(2023, 6, 7), "Rauf Mammadov", None, None,
        "The envoys met in Baku.", "The envoys met in Baku.",
    ),
    "closing-bio-line": Row(
        " date 2023-06-08\n\nThe envoys met in Baku.\n\n----\n\nNigar Hasanova works as a staff"
        " journalist at SomeOutlet; follow her on Twitter: @somebody\n\nFollow us on Twitter"
        " @SomeOutlet\n",
        dt.date(2023, 6, 8), "Nigar Hasanova", None, None,
        "The envoys met in Baku.", "The envoys met in Baku.",
    ),
    "wrapped-paragraph": Row(
        " date 2023-05-12 By Leyla Aliyeva\n\nThe envoys met\nin Baku   on Monday.\n",
        dt.date(2023, 5, 12), "Leyla Aliyeva", None, None,
        "The envoys met in Baku on Monday.", "The envoys met in Baku on Monday.",
    ),
}  # fmt: skip


def _check(row: Row) -> None:
    (article,) = parse_crawled_text(row.text)
    paragraphs = article.body.split("\n\n")
    assert (article.published, article.author, article.title, article.dateline) == (
        row.published, row.author, row.title, row.dateline,
    )  # fmt: skip
    assert (paragraphs[0], paragraphs[-1]) == (row.first, row.last)


@pytest.mark.parametrize("row", SHAPES.values(), ids=SHAPES.keys())
def test_header_shapes(row: Row) -> None:
    """Each header shape gives the metadata the spec states and a body without header material."""
    _check(row)


@pytest.mark.parametrize("row", PAGES.values(), ids=PAGES.keys())
def test_pages(row: Row) -> None:
    """Trailers and junk leave the body; bylines and closing credits rank as the spec says."""
    _check(row)


def test_separators_and_headers_split_articles() -> None:
    """Pages end at '---' lines and where a new header starts; blank pages are not articles."""
    text = (
        " date 2021-01-01 By Leyla Aliyeva\n\nFirst.\n---\n\n---\n\nFind us on Twitter @Some\n---\n"
        " date 2021-01-02\n\nSecond.\n date 2021-01-03\n\nThird.\n---\n"
    )
    assert [(a.published, a.body) for a in parse_crawled_text(text)] == [
        (dt.date(2021, 1, 1), "First."),
        (dt.date(2021, 1, 2), "Second."),
        (dt.date(2021, 1, 3), "Third."),
    ]


# Each row: input, then the full message of the error raised at the page that breaks.
ERRORS: list[tuple[str, str]] = [
    (
        " date 2021-01-01\n\nFine.\n---\n date 2021-02-30 By Leyla Aliyeva\n\nText.\n",
        "in.txt, line 5: expected a valid date in the header line (day is out of range for"
        " month): 'date 2021-02-30 By Leyla Aliyeva'",
    ),
    (
        " date 2021-01-01\n\nFine.\n---\n\n\n date 2021-01-02 By Leyla Aliyeva\n\nShare\n",
        "in.txt, line 7: expected article text after the header material:"
        " 'date 2021-01-02 By Leyla Aliyeva'",
    ),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=["bad-date", "no-body"])
def test_errors(text: str, message: str) -> None:
    """A broken page raises ArticleParseError naming the file line where the page starts."""
    articles = parse_crawled_text(text, source="in.txt")
    assert next(articles).body == "Fine."
    with pytest.raises(ArticleParseError) as info:
        next(articles)
    assert str(info.value) == message


def test_read_articles_skips_broken_pages() -> None:
    """With errors='skip' reading goes on after a broken page and the report says why."""
    text = " date 2021-02-30\n\nBad.\n---\n date 2021-03-01\n\nGood.\n"
    report = ReadReport()
    articles = list(read_articles(io.StringIO(text), errors="skip", report=report))
    assert [a.body for a in articles] == ["Good."]
    assert report.summary() == (
        "read 1 article, skipped 1 (line 1: expected a valid date in the header line"
        " (day is out of range for month))"
    )


def test_header_cut_by_detection_buffer() -> None:
    """A line straddling the 4 KB format-detection read is read whole."""
    filler = "Talks went on. " * 300  # 4,500 characters: the head read ends mid-line
    text = f" date 2021-03-01 By Leyla Aliyeva\n\n{filler}\n---\n date 2021-03-02\n\nEnd.\n"
    articles = list(read_articles(io.StringIO(text)))
    assert [a.body for a in articles] == [filler.strip(), "End."]


def _squash(text: str) -> str:
    return " ".join(text.split())


# Lines in the shapes the reader looks for, mixed with arbitrary text.
_LINES = st.sampled_from(
    [" date 2021-03-04", " date 2021-02-30 x", "By Leyla Aliyeva", "BAKU, Azerbaijan, July 25",
     "Trend:", "---", "--", "", "  ", "Share", "• HOME", "ASTANA—The", "Talks.",
     "Leyla Aliyeva News Author"]
)  # fmt: skip
_PAGES = st.lists(_LINES | st.text(max_size=30), max_size=20).map("\n".join) | st.text()


@given(_PAGES)
def test_arbitrary_text_never_crashes(text: str) -> None:
    """Any text gives articles whose paragraphs come from the input, or an ArticleParseError."""
    try:
        articles = list(parse_crawled_text(text))
    except ArticleParseError:
        return
    for article in articles:
        for paragraph in article.body.split("\n\n"):
            assert paragraph
            assert paragraph == _squash(paragraph)
            assert paragraph in _squash(text)


def test_example_file() -> None:
    """The bundled crawl example reads without errors, with its bylines, datelines and titles."""
    path = Path(__file__).resolve().parents[1] / "examples" / "azernews_style.txt"
    report = ReadReport()
    articles = list(read_articles(path, errors="collect", report=report))
    assert report.errors == []
    assert [(a.author, a.title, a.dateline) for a in articles] == [
        ("Leyla Aliyeva", None, None),
        ("Trend", "Azerbaijan and Kazakhstan sign road transport agreement",
         "ASTANA, Kazakhstan, May 14"),
        ("Rauf Mammadov", None, None),
        (None, None, "Baku. 3 June. REPORT.AZ/"),
    ]  # fmt: skip
