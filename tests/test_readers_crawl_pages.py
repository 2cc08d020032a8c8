"""Realistic crawled pages (made up, in the styles of the outlets) read as CRAWL_FORMAT.md says.

Every expectation below was decided from the rules of ``spec/CRAWL_FORMAT.md``
(author: personal byline > agency byline > None; title only for a headline;
body: the page text without header material, trailer and junk lines), not
from what the reader happens to output.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import ArticleParseError
from diplonews.readers import parse_crawled_text


@attrs.frozen
class Page:
    """A full page and what the reader must make of it."""

    text: str
    published: dt.date | None
    author: str | None
    title: str | None
    dateline: str | None
    first: str  # first body paragraph
    last: str  # last body paragraph


D = dt.date

PAGES: dict[str, Page] = {
    # --- AzerNews -----------------------------------------------------------------------------
    "azernews-headline-timestamp-byline-follow": Page(
        " date 2024-05-14 Azerbaijan, Uzbekistan discuss expanding cargo flows\n\n"
        "Politics 14 May 2024 16:20 (UTC+04:00)\n\nBy Nazrin Abdul\n\n"
        "Azerbaijan and Uzbekistan have discussed ways to raise the volume of cargo carried"
        " through the Caspian ports.\n\nThe sides also looked at new rail tariffs.\n\n"
        "Follow us on Twitter @AzerNewsAz\n",
        D(2024, 5, 14), "Nazrin Abdul", "Azerbaijan, Uzbekistan discuss expanding cargo flows",
        None,
        "Azerbaijan and Uzbekistan have discussed ways to raise the volume of cargo carried"
        " through the Caspian ports.",
        "The sides also looked at new rail tariffs.",
    ),
    "azernews-caption-photo-credit-lines": Page(
        " date 2023-11-02 By Azernews\n\nPhoto: Azernews.az\n\nBy Samir Kerimov\n\n"
        "The Azerbaijani and Pakistani defence ministers met in Baku.\n\n(Photo)\n\n"
        "They agreed to hold joint drills next year.\n\nAzernews.Az\n",
        D(2023, 11, 2), "Samir Kerimov", None, None,
        "The Azerbaijani and Pakistani defence ministers met in Baku.",
        "They agreed to hold joint drills next year.",
    ),
    "azernews-closing-credit-after-follow": Page(
        " date 2022-03-09 9 March 2022 11:45 (UTC+04:00)\n\nAzerbaijan will open an embassy in"
        " Bishkek this year.\n\nThe decision was announced by the foreign ministry.\n\n"
        "Laman Gasimova News Author\n\nFollow us on Twitter @AzerNewsAz\n",
        D(2022, 3, 9), "Laman Gasimova", None, None,
        "Azerbaijan will open an embassy in Bishkek this year.",
        "The decision was announced by the foreign ministry.",
    ),
    "azernews-byline-with-agency-after-comma": Page(
        " date 2021-06-01 By Orkhan Jalilov, AzerNews\n\nTurkmenistan and Azerbaijan signed a"
        " memorandum on the Dostluk field.\n",
        D(2021, 6, 1), "Orkhan Jalilov", None, None,
        "Turkmenistan and Azerbaijan signed a memorandum on the Dostluk field.",
        "Turkmenistan and Azerbaijan signed a memorandum on the Dostluk field.",
    ),
    "azernews-two-authors": Page(
        " date 2021-06-02 By Leyla Huseynova and Ayaz Mirzayev\n\nThe Baku forum opened on"
        " Wednesday.\n",
        D(2021, 6, 2), "Leyla Huseynova and Ayaz Mirzayev", None, None,
        "The Baku forum opened on Wednesday.", "The Baku forum opened on Wednesday.",
    ),
    "azernews-byline-with-timestamp": Page(
        " date 2022-06-08 By Nigar Hasanova 8 June 2022 10:10 (UTC+04:00)\n\nThe ministers"
        " discussed transit.\n",
        D(2022, 6, 8), "Nigar Hasanova", None, None,
        "The ministers discussed transit.", "The ministers discussed transit.",
    ),
    "azernews-read-more-and-share-junk": Page(
        " date 2023-02-15 By Akbar Novruz\n\nShare on Facebook\n\nShare on Twitter\n\n"
        "Azerbaijan and Kazakhstan held political consultations in Astana.\n\n"
        "Read more: Azerbaijan, Kazakhstan eye new transit routes\n\n"
        "The next round will take place in Baku.\n\nViews: 1 204\n",
        D(2023, 2, 15), "Akbar Novruz", None, None,
        "Azerbaijan and Kazakhstan held political consultations in Astana.",
        "The next round will take place in Baku.",
    ),
    # --- Trend ----------------------------------------------------------------------------------
    "trend-dateline-en-dash-credit": Page(
        " date 2019-10-03 BAKU, Azerbaijan, Oct. 3\n\nBy Elchin Mehdiyev – Trend:\n\n"
        "Azerbaijan and Turkmenistan are preparing a new trade agreement.\n\n"
        "The draft is under review.\n",
        D(2019, 10, 3), "Elchin Mehdiyev", None, "BAKU, Azerbaijan, Oct. 3",
        "Azerbaijan and Turkmenistan are preparing a new trade agreement.",
        "The draft is under review.",
    ),
    "trend-credit-with-lead-on-line": Page(
        " date 2018-04-11 TASHKENT, Uzbekistan, April 11\n\nTrend: Uzbekistan and Pakistan"
        " agreed to launch a joint working group on transit.\n\nThe group meets in June.\n",
        D(2018, 4, 11), "Trend", None, "TASHKENT, Uzbekistan, April 11",
        "Uzbekistan and Pakistan agreed to launch a joint working group on transit.",
        "The group meets in June.",
    ),
    "trend-modern-dateline-stop-trend-reports": Page(
        " date 2024-05-14 Kazakhstan, Azerbaijan mull joint shipping venture\n\n"
        "Economy Materials 14 May 2024 12:31 (UTC+04:00)\n\n"
        "Kazakhstan, Azerbaijan mull joint shipping venture\n\n"
        "BAKU, Azerbaijan, May 14. Kazakhstan and Azerbaijan discussed a joint shipping"
        " venture on the Caspian Sea, Trend reports.\n\nThe talks were held in Aktau.\n",
        D(2024, 5, 14), None, "Kazakhstan, Azerbaijan mull joint shipping venture",
        "BAKU, Azerbaijan, May 14",
        "Kazakhstan and Azerbaijan discussed a joint shipping venture on the Caspian Sea,"
        " Trend reports.",
        "The talks were held in Aktau.",
    ),
    "trend-by-trend-after-headline": Page(
        " date 2020-12-01 Azerbaijan, Georgia sign customs protocol\n\nBy Trend\n\n"
        "Azerbaijan and Georgia signed a protocol on customs cooperation.\n",
        D(2020, 12, 1), "Trend", "Azerbaijan, Georgia sign customs protocol", None,
        "Azerbaijan and Georgia signed a protocol on customs cooperation.",
        "Azerbaijan and Georgia signed a protocol on customs cooperation.",
    ),
    "trend-headline-is-first-sentence-trend-reports": Page(
        " date 2021-02-10 Azerbaijan and Turkey on Wednesday signed a protocol on the"
        " simplified customs corridor, Trend reports\n\nThe corridor opens next month.\n",
        D(2021, 2, 10), None, None, None,
        "Azerbaijan and Turkey on Wednesday signed a protocol on the simplified customs"
        " corridor, Trend reports",
        "The corridor opens next month.",
    ),
    # --- Report.az ------------------------------------------------------------------------------
    "report-wire-dateline-month-first": Page(
        " date 2017-05-14 Baku. May 14. REPORT.AZ/ Azerbaijan's deputy foreign minister will"
        " visit Tashkent.\n\nConsultations are planned.\n",
        D(2017, 5, 14), None, None, "Baku. May 14. REPORT.AZ/",
        "Azerbaijan's deputy foreign minister will visit Tashkent.", "Consultations are planned.",
    ),
    "report-headline-russian-date": Page(
        " date 2023-09-19 Azerbaijan, Kyrgyzstan to set up joint investment fund\n\n"
        "19.09.2023 17:45\n\nAzerbaijan and Kyrgyzstan will create a joint investment fund,"
        " Report informs.\n\nThe fund's capital will be $50 million.\n",
        D(2023, 9, 19), None, "Azerbaijan, Kyrgyzstan to set up joint investment fund", None,
        "Azerbaijan and Kyrgyzstan will create a joint investment fund, Report informs.",
        "The fund's capital will be $50 million.",
    ),
    # --- AZERTAC --------------------------------------------------------------------------------
    "azertac-dateline-copyright": Page(
        " date 2022-10-12 Astana, October 12, AZERTAC\n\nPresident Ilham Aliyev met President"
        " Kassym-Jomart Tokayev in Astana.\n\nThe heads of state discussed the Middle"
        " Corridor.\n\n© Materials of this site may be used only with a hyperlink.\n",
        D(2022, 10, 12), None, None, "Astana, October 12, AZERTAC",
        "President Ilham Aliyev met President Kassym-Jomart Tokayev in Astana.",
        "The heads of state discussed the Middle Corridor.",
    ),
    "azertac-headline-photo-tag": Page(
        " date 2021-04-20 President Ilham Aliyev received delegation of Pakistan (PHOTO)\n\n"
        "Baku, April 20, AZERTAC\n\nPresident Ilham Aliyev received a delegation led by the"
        " Speaker of the Senate of Pakistan.\n",
        D(2021, 4, 20), None, "President Ilham Aliyev received delegation of Pakistan (PHOTO)",
        "Baku, April 20, AZERTAC",
        "President Ilham Aliyev received a delegation led by the Speaker of the Senate of"
        " Pakistan.",
        "President Ilham Aliyev received a delegation led by the Speaker of the Senate of"
        " Pakistan.",
    ),
    # --- APA ------------------------------------------------------------------------------------
    "apa-timestamp-junk-counter": Page(
        " date 2020-01-28 Azerbaijani FM to visit Islamabad\n\nPolitics 28 January 2020 15:02"
        " (UTC+04:00)\n\n1 432\n\nAzerbaijan's foreign minister will visit Islamabad next"
        " week, APA reports.\n",
        D(2020, 1, 28), None, "Azerbaijani FM to visit Islamabad", None,
        "Azerbaijan's foreign minister will visit Islamabad next week, APA reports.",
        "Azerbaijan's foreign minister will visit Islamabad next week, APA reports.",
    ),
    # --- Today.az -------------------------------------------------------------------------------
    "todayaz-bracket-time-site": Page(
        " date 2015-07-22 Azerbaijan, Turkmenistan discuss energy cooperation\n\n"
        "22 July 2015 [15:40] - Today.Az\n\nAzerbaijan and Turkmenistan discussed energy"
        " cooperation in Ashgabat.\n",
        D(2015, 7, 22), None, "Azerbaijan, Turkmenistan discuss energy cooperation", None,
        "Azerbaijan and Turkmenistan discussed energy cooperation in Ashgabat.",
        "Azerbaijan and Turkmenistan discussed energy cooperation in Ashgabat.",
    ),
    # --- Kazinform, Astana Times ----------------------------------------------------------------
    "kazinform-caps-agency-dateline": Page(
        " date 2023-06-05 ASTANA. KAZINFORM – Kazakhstan and Pakistan will expand air"
        " links, the ministry said.\n\nFlights start in autumn.\n",
        D(2023, 6, 5), None, None, "ASTANA. KAZINFORM",
        "Kazakhstan and Pakistan will expand air links, the ministry said.",
        "Flights start in autumn.",
    ),
    "kazinform-old-wire-dateline": Page(
        " date 2016-09-14 ASTANA. September 14. KAZINFORM - Kazakhstan and Azerbaijan signed"
        " a roadmap on trade.\n\nThe roadmap runs until 2020.\n",
        D(2016, 9, 14), None, None, "ASTANA. September 14. KAZINFORM",
        "Kazakhstan and Azerbaijan signed a roadmap on trade.", "The roadmap runs until 2020.",
    ),
    "astana-times-byline-section-date": Page(
        " date 2024-02-02 Kazakhstan, Kyrgyzstan agree on border crossing upgrades\n\n"
        "By Aigerim Seitkali in Nation on 2 February 2024\n\nASTANA – Kazakhstan and Kyrgyzstan"
        " agreed to modernise four border crossings.\n\nWork will start in March.\n",
        D(2024, 2, 2), "Aigerim Seitkali",
        "Kazakhstan, Kyrgyzstan agree on border crossing upgrades", "ASTANA",
        "Kazakhstan and Kyrgyzstan agreed to modernise four border crossings.",
        "Work will start in March.",
    ),
    # --- UzDaily, UzA ---------------------------------------------------------------------------
    "uzdaily-caps-dateline-paren-agency": Page(
        " date 2024-05-14 TASHKENT, May 14 (UzDaily) -- Uzbekistan and Azerbaijan signed 12"
        " documents during the visit.\n\nTheir value exceeds $1 billion.\n",
        D(2024, 5, 14), None, None, "TASHKENT, May 14 (UzDaily)",
        "Uzbekistan and Azerbaijan signed 12 documents during the visit.",
        "Their value exceeds $1 billion.",
    ),
    "uzdaily-place-country-domain": Page(
        " date 2019-03-01 Tashkent, Uzbekistan (UzDaily.com) -- Uzbekistan and Kazakhstan"
        " opened a trade house in Shymkent.\n",
        D(2019, 3, 1), None, None, "Tashkent, Uzbekistan (UzDaily.com)",
        "Uzbekistan and Kazakhstan opened a trade house in Shymkent.",
        "Uzbekistan and Kazakhstan opened a trade house in Shymkent.",
    ),
    "uza-numeric-date-dateline": Page(
        " date 2024-05-14 Tashkent, 14.05.2024 (UzA) – The President of Uzbekistan received"
        " the Foreign Minister of Pakistan.\n",
        D(2024, 5, 14), None, None, "Tashkent, 14.05.2024 (UzA)",
        "The President of Uzbekistan received the Foreign Minister of Pakistan.",
        "The President of Uzbekistan received the Foreign Minister of Pakistan.",
    ),
    # --- Dawn, APP ------------------------------------------------------------------------------
    "dawn-caps-colon-staff-reporter": Page(
        " date 2024-05-14 ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday received the"
        " visiting foreign minister of Azerbaijan.\n\nBy Staff Reporter\n\n"
        "The two sides discussed rail links.\n",
        D(2024, 5, 14), None, None, "ISLAMABAD",
        "Prime Minister Shehbaz Sharif on Tuesday received the visiting foreign minister of"
        " Azerbaijan.",
        "The two sides discussed rail links.",
    ),
    "dawn-byline-role-after-comma": Page(
        " date 2022-11-30 Pakistan, Turkmenistan review TAPI progress\n\nBy Khaleeq Ahmed,"
        " Staff Reporter\n\nISLAMABAD: Pakistan and Turkmenistan reviewed progress on the TAPI"
        " gas pipeline.\n",
        D(2022, 11, 30), "Khaleeq Ahmed", "Pakistan, Turkmenistan review TAPI progress",
        "ISLAMABAD",
        "Pakistan and Turkmenistan reviewed progress on the TAPI gas pipeline.",
        "Pakistan and Turkmenistan reviewed progress on the TAPI gas pipeline.",
    ),
    "app-dateline-paren-agency-colon": Page(
        " date 2023-08-09 ISLAMABAD, Aug 9 (APP): Pakistan and Uzbekistan on Wednesday agreed"
        " to finalise the transit trade agreement.\n\nThe accord covers road freight.\n",
        D(2023, 8, 9), None, None, "ISLAMABAD, Aug 9 (APP)",
        "Pakistan and Uzbekistan on Wednesday agreed to finalise the transit trade agreement.",
        "The accord covers road freight.",
    ),
    "app-agency-slash-prefix": Page(
        " date 2021-07-15 APP/ Pakistan and Afghanistan agreed to reopen the border crossing"
        " for trade.\n\nThe crossing had been shut for a week.\n",
        D(2021, 7, 15), None, None, None,
        "Pakistan and Afghanistan agreed to reopen the border crossing for trade.",
        "The crossing had been shut for a week.",
    ),
    # --- MENAFN ---------------------------------------------------------------------------------
    "menafn-trend-dateline-byline-id-trailer": Page(
        " date 2023-03-21 (MENAFN- Trend) BAKU, Azerbaijan, March 21\n\nBy Ilaha Hasanli\n\n"
        "Azerbaijan and Kyrgyzstan plan to double trade.\n\nMENAFN21032023000187011040ID1105850422"
        "\n",
        D(2023, 3, 21), "Ilaha Hasanli", None, "BAKU, Azerbaijan, March 21",
        "Azerbaijan and Kyrgyzstan plan to double trade.",
        "Azerbaijan and Kyrgyzstan plan to double trade.",
    ),
    "menafn-astana-times-caps-dateline": Page(
        " date 2024-01-19 (MENAFN- The Astana Times) ASTANA – Kazakhstan and Turkmenistan"
        " signed a plan on water use.\n",
        D(2024, 1, 19), None, None, "ASTANA",
        "Kazakhstan and Turkmenistan signed a plan on water use.",
        "Kazakhstan and Turkmenistan signed a plan on water use.",
    ),
    # --- World Bulletin -------------------------------------------------------------------------
    "world-bulletin-desk-last-mod-trailer": Page(
        " date 2016-11-04 World Bulletin / News Desk\n\nTurkey and Pakistan agreed to boost"
        " defence trade.\n\nThe deal was signed in Ankara.\n\nLast Mod: 04 November 2016,"
        " 14:10\n",
        D(2016, 11, 4), None, None, None,
        "Turkey and Pakistan agreed to boost defence trade.", "The deal was signed in Ankara.",
    ),
    # --- headlines ------------------------------------------------------------------------------
    "headline-final-quote": Page(
        ' date 2022-09-01 Aliyev: "Azerbaijan is ready to sign a peace treaty"\n\nPresident'
        " Ilham Aliyev spoke at a news conference.\n",
        D(2022, 9, 1), None, 'Aliyev: "Azerbaijan is ready to sign a peace treaty"', None,
        "President Ilham Aliyev spoke at a news conference.",
        "President Ilham Aliyev spoke at a news conference.",
    ),
    "headline-question-then-dateline-byline": Page(
        " date 2019-02-12 Is the Caspian transit route ready for more cargo?\n\nBAKU,"
        " Azerbaijan, Feb. 12\n\nBy Kamran Aliyev - Trend:\n\nShippers say the ports are"
        " close to capacity.\n",
        D(2019, 2, 12), "Kamran Aliyev", "Is the Caspian transit route ready for more cargo?",
        "BAKU, Azerbaijan, Feb. 12",
        "Shippers say the ports are close to capacity.",
        "Shippers say the ports are close to capacity.",
    ),
    "first-sentence-wraps-onto-next-line": Page(
        " date 2020-10-06 President Shavkat Mirziyoyev received the delegation\nled by the"
        " Foreign Minister of Pakistan on Tuesday.\n\nThe sides discussed a rail link.\n",
        D(2020, 10, 6), None, None, None,
        "President Shavkat Mirziyoyev received the delegation led by the Foreign Minister of"
        " Pakistan on Tuesday.",
        "The sides discussed a rail link.",
    ),
    "cut-off-header-repeated-as-first-paragraph": Page(
        " date 2022-04-04 Kazakhstan and Kyrgyzstan have agreed to\n\nKazakhstan and Kyrgyzstan"
        " have agreed to expand the use of national currencies in trade.\n",
        D(2022, 4, 4), None, None, None,
        "Kazakhstan and Kyrgyzstan have agreed to expand the use of national currencies in"
        " trade.",
        "Kazakhstan and Kyrgyzstan have agreed to expand the use of national currencies in"
        " trade.",
    ),
    "first-sentence-weekday-no-stop": Page(
        " date 2023-10-10 The foreign ministers of Azerbaijan and Pakistan met in Baku on"
        " Monday to discuss trade\n\nThey also signed a protocol.\n",
        D(2023, 10, 10), None, None, None,
        "The foreign ministers of Azerbaijan and Pakistan met in Baku on Monday to discuss"
        " trade",
        "They also signed a protocol.",
    ),
    # --- navigation, indentation, counters ------------------------------------------------------
    "nav-bar-then-indented-body": Page(
        " date 2020-02-07 Home | Politics | Economy | World\n\n    Turkmenistan and Uzbekistan"
        " signed a transport deal.\n    The deal covers rail and road.\n\n    It takes effect"
        " in May.\n",
        D(2020, 2, 7), None, None, None,
        "Turkmenistan and Uzbekistan signed a transport deal. The deal covers rail and road.",
        "It takes effect in May.",
    ),
    "social-row-and-eye-counter": Page(
        " date 2021-08-18 By Rufat Ismayilov\n\nFacebook Twitter WhatsApp Telegram\n\n"
        "👁 2 311\n\nAzerbaijan and Tajikistan held talks on hydropower.\n",
        D(2021, 8, 18), "Rufat Ismayilov", None, None,
        "Azerbaijan and Tajikistan held talks on hydropower.",
        "Azerbaijan and Tajikistan held talks on hydropower.",
    ),
    "our-correspondent-and-agencies": Page(
        " date 2019-06-06 By Our Correspondent\n\nPakistan and Kazakhstan signed a visa"
        " deal.\n\nWith input from Agencies\n",
        D(2019, 6, 6), None, None, None,
        "Pakistan and Kazakhstan signed a visa deal.",
        "Pakistan and Kazakhstan signed a visa deal.",
    ),
    "bulleted-list-in-body-stays": Page(
        " date 2022-05-05 By Leyla Aliyeva\n\nThe agreement covers:\n\n• Energy\n\n"
        "• Transport and logistics\n",
        D(2022, 5, 5), "Leyla Aliyeva", None, None,
        "The agreement covers:", "• Transport and logistics",
    ),
    "update-word-cut-off-body-stays": Page(
        " date 2022-05-06 By Leyla Aliyeva\n\nUpdated customs figures show that trade rose by",
        D(2022, 5, 6), "Leyla Aliyeva", None, None,
        "Updated customs figures show that trade rose by",
        "Updated customs figures show that trade rose by",
    ),
    "colon-word-under-dateline-is-no-credit": Page(
        " date 2022-05-07 BAKU, Azerbaijan, May 7\n\nBackground: the two countries set up"
        " diplomatic ties in 1992.\n",
        D(2022, 5, 7), None, None, "BAKU, Azerbaijan, May 7",
        "Background: the two countries set up diplomatic ties in 1992.",
        "Background: the two countries set up diplomatic ties in 1992.",
    ),
    "no-header-byline-first": Page(
        "By Farid Hasanov\n\nAzerbaijan and Kyrgyzstan discussed investment.\n",
        None, "Farid Hasanov", None, None,
        "Azerbaijan and Kyrgyzstan discussed investment.",
        "Azerbaijan and Kyrgyzstan discussed investment.",
    ),
    "cut-off-mid-sentence-after-trailer-like-word": Page(
        " date 2018-08-08 ASHGABAT, Turkmenistan, Aug. 8\n\nTrend:\n\nTurkmenistan and Iran"
        " discussed gas swaps.\n\nSource: the two sides said the swap volumes would",
        D(2018, 8, 8), "Trend", None, "ASHGABAT, Turkmenistan, Aug. 8",
        "Turkmenistan and Iran discussed gas swaps.",
        "Source: the two sides said the swap volumes would",
    ),
    "dawn-name-published-stamp": Page(
        " date 2024-05-14 Baqir Sajjad Syed Published May 14, 2024 Updated about 5 hours ago\n\n"
        "ISLAMABAD: Pakistan and Tajikistan agreed to speed up work on the power line.\n\n"
        "The line will carry summer surplus power.\n",
        D(2024, 5, 14), "Baqir Sajjad Syed", None, "ISLAMABAD",
        "Pakistan and Tajikistan agreed to speed up work on the power line.",
        "The line will carry summer surplus power.",
    ),
    "dawn-report-desk-published": Page(
        " date 2024-05-15 Dawn Report Published May 15, 2024\n\nKARACHI: A trade delegation"
        " from Uzbekistan arrived in Karachi.\n",
        D(2024, 5, 15), None, None, "KARACHI",
        "A trade delegation from Uzbekistan arrived in Karachi.",
        "A trade delegation from Uzbekistan arrived in Karachi.",
    ),
    "ellipsis-cut-header-repeated": Page(
        " date 2024-07-12 The two countries on Thursday signed a memorandum on ...\n\n"
        "The two countries on Thursday signed a memorandum on digital trade.\n\nMore talks"
        " are planned.\n",
        D(2024, 7, 12), None, None, None,
        "The two countries on Thursday signed a memorandum on digital trade.",
        "More talks are planned.",
    ),
    "tags-and-subscribe-trailer": Page(
        " date 2023-12-01 Pakistan, Kyrgyzstan to launch direct flights\n\nPakistan and"
        " Kyrgyzstan will launch direct flights in March.\n\nTags: Pakistan Kyrgyzstan"
        " aviation\n\nSubscribe to our Telegram channel\n",
        D(2023, 12, 1), None, "Pakistan, Kyrgyzstan to launch direct flights", None,
        "Pakistan and Kyrgyzstan will launch direct flights in March.",
        "Pakistan and Kyrgyzstan will launch direct flights in March.",
    ),
    "report-credit-under-dateline": Page(
        " date 2016-03-08 Baku, March 8\n\nReport:\n\nAzerbaijan and Belarus discussed"
        " tractor assembly.\n",
        D(2016, 3, 8), "Report", None, "Baku, March 8",
        "Azerbaijan and Belarus discussed tractor assembly.",
        "Azerbaijan and Belarus discussed tractor assembly.",
    ),
    "by-report-agency-byline": Page(
        " date 2016-03-09 By Report\n\nAzerbaijan and Belarus discussed tractor assembly.\n",
        D(2016, 3, 9), "Report", None, None,
        "Azerbaijan and Belarus discussed tractor assembly.",
        "Azerbaijan and Belarus discussed tractor assembly.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_page(page: Page) -> None:
    """Metadata and the first and last body paragraphs are what the spec's rules give."""
    (article,) = parse_crawled_text(page.text)
    paragraphs = article.body.split("\n\n")
    assert (article.published, article.author, article.title, article.dateline) == (
        page.published, page.author, page.title, page.dateline,
    )  # fmt: skip
    assert (paragraphs[0], paragraphs[-1]) == (page.first, page.last)


def test_pages_in_one_file() -> None:
    """A file of all the pages, separated by '---', reads as each page does alone."""
    text = "\n---\n".join(page.text for page in PAGES.values())
    articles = list(parse_crawled_text(text))
    got = [(a.published, a.author, a.title, a.dateline) for a in articles]
    assert got == [(p.published, p.author, p.title, p.dateline) for p in PAGES.values()]


def test_headers_split_pages_without_separators() -> None:
    """Pages with a header need no '---' between them."""
    pages = [page for page in PAGES.values() if page.published is not None]
    articles = list(parse_crawled_text("\n".join(page.text for page in pages)))
    assert [(a.published, a.author, a.title) for a in articles] == [
        (p.published, p.author, p.title) for p in pages
    ]


_WORDS = st.sampled_from(
    ["Baku", "BAKU", "By", "Trend:", "(UzDaily)", "--", "–", "Photo:", "Share", "on", "the",
     "May", "14", "14.05.2024", "16:20", "(UTC+04:00)", "News", "Author", "Desk", "Reporter",
     "Staff", "Read", "more:", "AZERTAC", "(MENAFN-", "AzerNews)", "REPORT.AZ/", "|", "•",
     "Azerbaijan,", "agreed.", "ASTANA.", "KAZINFORM", "Politics", "Views:", "1"]
)  # fmt: skip
_LINE = st.lists(_WORDS | st.text(max_size=8), max_size=10).map(" ".join)
_TEXT = st.lists(_LINE | st.just("") | st.just(" date 2024-05-14"), max_size=15).map("\n".join)


@given(st.lists(_LINE, min_size=1, max_size=6).map(" ".join), _TEXT)
def test_odd_pages(header: str, rest: str) -> None:
    """Odd pages raise nothing but ArticleParseError; body paragraphs come from the input."""
    text = f" date 2024-05-14 {header}\n{rest}"
    try:
        articles = list(parse_crawled_text(text))
    except ArticleParseError:
        return
    squashed = " ".join(text.split())
    for article in articles:
        for paragraph in article.body.split("\n\n"):
            assert paragraph
            assert paragraph in squashed


def test_no_body_is_an_error_not_an_empty_article() -> None:
    """A page cut off after its headline raises ArticleParseError instead of losing the page."""
    with pytest.raises(ArticleParseError, match="expected article text"):
        list(parse_crawled_text(" date 2024-05-14 Azerbaijan, Kazakhstan sign transit deal\n"))


_PROSE = st.sampled_from(
    ["The ministers agreed to meet again in Baku next year.",
     "Trade between the two countries rose by 12 percent in 2023.",
     "Updated figures will be published by the customs committee in June.",
     "Source: officials said the pipeline would be finished on time.",
     "Photo exhibitions and concerts were held in both capitals last week.",
     "Share prices of the state carrier rose after the deal was announced.",
     "Related talks on transit tariffs will continue in Tashkent.",
     "The envoy said the two sides had agreed on a road map"]
)  # fmt: skip


@given(_LINE, st.lists(st.tuples(_LINE, _PROSE), min_size=1, max_size=6))
def test_prose_is_never_lost(header: str, blocks: list[tuple[str, str]]) -> None:
    """Prose paragraphs survive whatever header, junk or byline lines stand around them."""
    text = f" date 2024-05-14 {header}\n\n" + "".join(f"{line}\n\n{p}\n\n" for line, p in blocks)
    (article,) = parse_crawled_text(text)
    for _, prose in blocks:
        assert prose in article.body
