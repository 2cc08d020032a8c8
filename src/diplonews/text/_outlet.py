"""The state an article's outlet speaks for or reports from: its home state.

"The White House" speaks for the United States and "AzerNews" reports from Azerbaijan;
a crawled page with no outlet of its own is the home state's of the agency it credits
("..., Trend reports", "(APP):") or of its web address's country code ("News.az"). An
official a story names with no state ("the Secretary", "President X" in a readout) is
most often the home state's: the meeting and the agreement extractors both ask.
"""

from __future__ import annotations

import functools

from diplonews import _regex as re
from diplonews.gazetteer import iso_countries
from diplonews.models import Article
from diplonews.text._person_tokens import meeting_words
from diplonews.text.countries import extract_country_mentions

__all__ = ["home_country", "release_state"]


def home_country(article: Article) -> str | None:
    """The state an outlet speaks for ("The White House") or reports from ("AzerNews").

    >>> home_country(Article(id="x", outlet="The White House", body="The President met X."))
    'USA'
    >>> home_country(Article(id="y", outlet="The Daily Paper", body="Talks were held.")) is None
    True
    """
    return _home_country(article.outlet, article.dateline, article.body)


def release_state(article: Article) -> str | None:
    """The home state of an article its own government issued: a readout, an embassy's release.

    A government speaks of its own side without naming it ("the President", "our two
    countries"), where a news agency of the same state names it as any other.

    >>> release_state(Article(id="x", outlet="The White House", body="The President met X."))
    'USA'
    >>> release_state(Article(id="y", outlet="AzerNews", body="Talks were held.")) is None
    True
    """
    if _GOVERNMENT_OUTLET.search(article.outlet or "") is None:
        return None
    return home_country(article)


# An outlet that is a government body itself, not a news agency reporting from its state.
_GOVERNMENT_OUTLET = re.compile(r"\b(?:White\s+House|Embassy|Ministry|Presidency)\b")


@functools.lru_cache(maxsize=16)
def _home_country(given: str | None, dateline: str | None, body: str) -> str | None:
    """:func:`home_country` of the article with this outlet, dateline and body.

    Read once per article: the meeting extractor and its fallback both ask, and a
    crawled page is scanned to its end for a web address.
    """
    outlet = given or ""
    embassy = re.search(r"Embassy of (?:the\s+)?([A-Z][\w ]+?)(?:\s+in\b|\s*\(|$)", outlet)
    if embassy is not None:
        mentions = extract_country_mentions(embassy.group(1))
        if mentions and mentions[0].kind != "group":
            return mentions[0].code
    for words, code in meeting_words()["outlet_home"].items():
        if words in outlet:
            return str(code)
    if given is None:  # a crawled page: the agency the story credits
        homes = meeting_words().get("attribution_home", {})
        head = f"{dateline or ''} {body[:1500]}"  # the dateline names it too
        for credit in _CREDIT.finditer(head):
            agency = credit["agency"] or credit["caps"] or credit["dateline"] or credit["slashed"]
            if agency in homes:
                return str(homes[agency])
        for site in _SITE.finditer(body):
            # "Follow News.az on X", "Kun.uz reports": an outlet named by its web address
            # reports from the state of its country code
            code = _site_state(site["tld"])
            if code is not None:
                return code
    return None


# An outlet named by its web address: "News.az", "Gazeta.uz" (a capital first: "stat.uz" in a
# source line is a statistics office, not the outlet).
_SITE = re.compile(r"(?<![\w.@/])[A-Z][A-Za-z]+\.(?P<tld>[a-z]{2})\b(?![.\w/-])")
# Country codes sold to the world as generic names ("Channel.tv", "Startup.io").
_GENERIC_TLDS = frozenset(
    {"ai", "am", "cc", "co", "fm", "gg", "io", "ly", "me", "tv", "ws", "to", "la", "gl", "vc"}
)


def _site_state(tld: str) -> str | None:
    """The state of a web address's country code ("az" is AZE), or ``None`` when generic."""
    if tld in _GENERIC_TLDS:
        return None
    # (the gazetteer's ISO table, not pycountry, whose import is slow)
    record = iso_countries().get(alpha_2="GB" if tld == "uk" else tld.upper())
    return None if record is None else str(record.alpha_3)


# The agency a story credits: "..., Trend reports.", "Report informs", "ASTANA. KAZINFORM –",
# or names in its dateline: "ISLAMABAD, May 2 (APP):", "ANKARA (AA) -", "MOSCOW, May 2. /TASS/.".
_CREDIT = re.compile(
    r"\b(?P<agency>[A-Z][\w.]*)\s+(?:reports|reported|informs)\b"
    r"|(?<=[.,]\s)(?P<caps>[A-Z]{3,})\s*[–—-]\s"
    r"|\((?P<dateline>[A-Z][A-Za-z]+)\)(?=\s*[:–—-]|\s|$)|/(?P<slashed>[A-Z]{3,})/"
)
