"""The crawled text format (``spec/CRAWL_FORMAT.md``): pages that start with `` date YYYY-MM-DD``.

A page is a header line (a space, ``date``, the publication date, then
outlet-specific material), the page text in paragraphs separated by blank
lines, and maybe a ``---`` line; a file holds many pages one after another.
Pages may lack the header, end in a trailer ("Follow us on Twitter @...",
"Source: ...", ``--``, ``<p></p>``, a desk signature), carry site junk
lines, or be cut off mid-sentence.

Reading is line by line and keeps one page in memory at a time. Every rule
below reads the *shape* of a line (a byline, a dateline, a timestamp, a
headline), never a particular page.

Metadata, as the spec states it:

* ``published`` is the header date;
* ``author`` is the personal byline (``By Amina Nazarli - Trend:`` gives
  ``Amina Nazarli``; a closing ``<Name> News Author`` counts too), else the
  agency byline (``By Trend``, or a bare ``Trend:`` credit under a dateline),
  else None. Datelines, syndication prefixes and desk names are never authors.
  A byline is split at commas, dashes, bars and "and": agency parts
  (``, AzerNews``) and roles (``, Staff Reporter``) leave the personal name;
  a byline naming only a role (``By Staff Reporter``, ``By Our
  Correspondent``) gives no author; a section and date after the names
  (``in Nation on 2 February 2024``) are dropped. A bare outlet line
  (``Azernews.Az``) is site junk, not a credit;
* ``title`` is the headline on the header line (shapes 6 and 7), else None.
  A header text ending in a preposition or article, crediting its source
  (``..., Trend reports``), long and naming a weekday (``on Monday``),
  continued in lower case on the next line, or repeated whole as the start of
  the first paragraph is a first sentence, not a headline;
* ``dateline`` is the dateline (``BAKU, Azerbaijan, July 25``,
  ``Baku. 7 March. REPORT.AZ/``, ``ISLAMABAD, Aug 9 (APP)``), kept out of
  the body;
* the body is the page text without header material, trailer and junk
  lines (share rows, view counters, photo credits, "Read more:" links, tag
  lists, syndication ids); a first sentence or lead on the header line
  (shapes 8, 9, 10, 13) stays in the body. Paragraphs are joined with a blank
  line and the whitespace inside a paragraph is collapsed to single spaces.
  Lines that may be prose (a bulleted item, "Updated ..." or "Source: ..."
  in a sentence) are kept: losing article text is worse than keeping junk.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator

import attrs

from diplonews.errors import ArticleParseError
from diplonews.models import Article

__all__ = ["iter_crawl_items", "parse_crawled_text"]


@attrs.frozen
class _Words:
    """The word lists of ``crawl_boilerplate.json``, casefolded."""

    agencies: frozenset[str]
    nav: frozenset[str]
    social: frozenset[str]
    particles: frozenset[str]
    open_ends: frozenset[str]


@functools.cache
def _boilerplate() -> _Words:
    """Agency names, navigation words and other word lists, casefolded.

    From ``gazetteer/data/crawl_boilerplate.json`` (hand-curated): ``agencies``
    are news agencies and outlets that appear in bylines and credits;
    ``nav_words`` are lines that are site chrome when they stand alone;
    ``social_words`` make up share rows; ``name_particles`` are lower-case
    words inside personal names; ``open_ends`` are words no headline ends with.
    """
    path = importlib.resources.files("diplonews.gazetteer") / "data" / "crawl_boilerplate.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(" ".join(word.casefold().split()) for word in data[key])

    return _Words(
        agencies=words("agencies"),
        nav=words("nav_words"),
        social=words("social_words"),
        particles=frozenset(data["name_particles"]),
        open_ends=words("open_ends"),
    )


# --- building blocks --------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# One to four capitalised words: a city, a region or a country.
_PLACE = r"[A-Z][A-Za-zÀ-ÿ'’.\-]*(?:\ [A-Z][A-Za-zÀ-ÿ'’.\-]*){0,3}"
# "July 25", "Sept.20", "25 July", optionally ", 2021"; or "14.05.2024".
_DAY_MONTH = (
    rf"(?:(?:{_MONTH}\ ?\d{{1,2}}|\d{{1,2}}\ {_MONTH})(?:,?\ \d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.\d{4})"
)
# A date and maybe a time: "7 June 2022 13:30 (UTC+04:00)", "22 July 2015 [15:40]",
# "May 14, 2024 at 4:20 pm", "14.05.2024 16:20", "Tuesday, 14 May 2024".
_STAMP = rf"""
    (?:\d{{1,2}}:\d{{2}},?\ )?                                   # a time first: '16:20 '
    (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\ )?          # a weekday
    (?: \d{{1,2}}\ {_MONTH},?\ \d{{4}}                           # 7 June 2022
      | {_MONTH}\ \d{{1,2}},?\ \d{{4}}                           # June 7, 2022
      | \d{{4}}-\d{{2}}-\d{{2}} | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}} )   # 2022-06-07, 07.06.2022
    (?:,?\ *(?:at\ )?\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?(?:\ ?[AaPp]\.?[Mm]\.?)?)?   # the time
    (?:\ *\(\ *(?:UTC|GMT)[^)]*\))?                              # the zone note
"""
_DASH = r"[-–—]"

# --- header line --------------------------------------------------------------
_HEADER = re.compile(
    r"""
    \ ?date [ \t]+                 # ' date ' at the very start of the line
    (?P<date>\d{4}-\d{2}-\d{2})    # the crawl date of publication
    (?= \s | $ )
    \s* (?P<rest>.*?) \s* $        # outlet-specific material (shapes 1 to 15)
    """,
    re.VERBOSE,
)
_SEPARATOR = "---"  # a line holding only this ends a page

# Shape 13: "(MENAFN- AzerNews) The President ..." (a syndication prefix).
_SYNDICATION = re.compile(
    r"""
    \( \s* [A-Z][A-Za-z.]* \s* - \s* [^()]{1,40} \) \s*   # '(MENAFN- AzerNews)'
    """,
    re.VERBOSE,
)
# An agency prefix with a slash and no place or date: "APP/ Pakistan and ...".
_AGENCY_SLASH = re.compile(r"(?P<agency>[A-Z][A-Za-z.]{1,20})\ ?/\ +(?=[\"“A-Z])", re.VERBOSE)
# A byline: "By Leyla Aliyeva", "By Amina Nazarli - Trend:", "By A and B", "By X, Staff Reporter".
_BY = re.compile(
    r"""
      By:?\ +(?P<names>\S.{0,120}?):?\s*\Z                          # 'By Leyla Aliyeva'
    | (?P<signed>[A-Z][^|:]{2,60}?)\ *\|?\ *(?=(?:Published|Posted)\b)  # 'Name Published May 14'
    """,
    re.VERBOSE,
)
# What may follow the names of a byline: "in Nation on 2 February 2024", a timestamp.
_BYLINE_TAIL = re.compile(
    rf"""
    (?: \ +in\ [A-Z][\w&]*(?:\ [A-Z&][\w&]*){{0,2}} )?    # ' in Nation' (a section)
    (?: ,?\ +(?:on\ )? {_STAMP} )?                       # ' on 2 February 2024', a timestamp
    \Z
    """,
    re.VERBOSE,
)
# Between the names of a byline: commas, 'and', '&', a spaced dash, a bar.
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\|)\s*|\s+[-–—]+\s*|\s*[-–—]+\s+")
# Shape 5/6 credit under a dateline: "Trend:" or "By Amina Nazarli - Trend:", maybe the lead after.
_CREDIT = re.compile(
    rf"""
    (?:By\ +(?P<name>[^:]+?)\ *{_DASH}\ *)?     # optional personal byline and dash
    (?P<agency>[A-Z][\w.]*(?:\ [A-Z][\w.]*)?)   # the agency, one or two capitalised words
    \ ?:                                        # then a colon
    (?:\ +(?P<rest>\S.*))? \Z                   # and maybe the lead
    """,
    re.VERBOSE,
)
# Shape 3 and the section/timestamp line of shape 6: "7 June 2022 13:30 (UTC+04:00)",
# "Politics | 20 September 2021 14:05", "22 July 2015 [15:40] - Today.Az", "Last Mod: ...".
_TIMESTAMP = re.compile(
    rf"""
    (?:(?:Last\ Mod(?:ified)?|Published|Updated|Posted|Date)\ ?:?\ *)?   # a label
    (?:[A-Z][\w&]*(?:\ [A-Z][\w&]*){{0,2}}\ *[|/•·,-]?\ *)?   # an optional section name
    {_STAMP}
    (?:\ *[|,]?\ *(?:Last\ )?Updated\b.*)?                    # ' Updated a day ago'
    (?:\ *[-|–—]\ *[A-Z][\w]*(?:\.[A-Za-z]{{2,}})?)?          # ' - Today.Az' (the site)
    \s* \Z
    """,
    re.VERBOSE,
)
# Shape 14: "Details added (first version posted on 14:50)", "Updated: 14:55".
_UPDATE_NOTE = re.compile(
    r"""
    (?: Details\ added | Adds\ details                                   # the note, or
      | (?:Last\ )?(?:Updated?|Corrected|Refreshed)                      # 'Updated' then
        (?= \s*(?: : | at\b | on\b | \d | \( | \Z ) ) )                  #   ':', 'at', a number
    [^.]{0,60} \Z                                                        # short, no stop
    | .* \( first\ version\ posted [^)]* \) \s* \Z                       # or its tail
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Shape 15, desk signatures and bylines that name a role: "World Bulletin / News Desk",
# "Web Desk", "Staff Reporter", "Our Correspondent", "Agencies".
_DESK = re.compile(
    r"""
    (?:[A-Z][\w.&' ]{0,40}?\ *[/|,-]\ *)?            # an optional outlet name and separator
    (?:The\ |Our\ )?(?:[A-Z][\w.]*\ ){0,2}           # up to two qualifying words
    (?: Desk | Staff\ (?:Report(?:er)?|Writer|Correspondent) | Correspondents?
      | Reporters? | [A-Z][\w.]*\ Report | Agencies | Editorial\ Board )   # 'Dawn Report'
    \s* \Z
    """,
    re.VERBOSE,
)
# Shapes 5, 9 and 11: "BAKU, Azerbaijan, July 25", "Baku, February 23, AZERTAC",
# "ISLAMABAD, Aug 9 (APP): ...", "Tashkent, Uzbekistan (UzDaily.com) -- ...",
# "BAKU, Azerbaijan, May 14. Lead ...", alone or followed by a separator and the lead.
_DATELINE = re.compile(
    rf"""
    (?P<dateline>
        {_PLACE} (?:,\ *{_PLACE})?                         # place(s)
        (?: ,\ *{_DAY_MONTH}                               # then day and month
            (?: ,\ *[A-Z][A-Za-z.]+ )?                     # an agency: ', AZERTAC'
            (?: \ *\([A-Z][\w.\ ]{{1,30}}\) )?             # or '(APP)'
          | \ *\([A-Z][\w.\ ]{{1,30}}\) )                  # or only '(UzDaily.com)'
    )
    (?: \s*\Z
      | \ *(?:{_DASH}{{1,2}}|:)\ *(?P<lead>\S.*)           # alone, or a dash or colon and lead
      | \.\ +(?P<stop_lead>["“A-Z].*) )                    # or a full stop and the lead
    """,
    re.VERBOSE,
)
# Shape 10: "Baku. 7 March. REPORT.AZ/ The ...", "ASTANA. September 14. KAZINFORM - The ...".
_WIRE_DATELINE = re.compile(
    rf"""
    (?P<dateline>
        {_PLACE} \.\ * {_DAY_MONTH} \.?\ *        # 'Baku. 7 March.'
        (?: [A-Z][A-Za-z]*(?:\.[A-Za-z]{{2,}})?/  # 'REPORT.AZ/'
          | [A-Z]{{3,}}(?=\ *{_DASH}) )           # 'KAZINFORM -'
    )
    (?:\ *{_DASH}{{1,2}})? \s* (?P<lead>.*)
    """,
    re.VERBOSE,
)
# Shape 9: "ASTANA—The President ...", "WASHINGTON (Reuters) - ...", "ISLAMABAD: Pakistan ...".
_CAPS_DATELINE = re.compile(
    r"""
    (?P<dateline>
        [A-Z][A-Z'’.\-]{2,}(?:[ ,]+[A-Z][A-Za-z'’.\-]+){0,2}   # an upper-case city first
        (?:\ *\([A-Za-z .]{2,30}\))?                         # '(Reuters)'
    )
    (?: \ *[—–]{1,2}\ * | \ +-{1,2}\ + | :\ + )              # a dash or a colon
    (?P<lead>["“‘']?[A-Z0-9].*)                              # the lead
    """,
    re.VERBOSE,
)
# An ellipsis where a crawler cut a header text short.
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\Z")
# A sentence ends with a full stop (maybe inside quotes or brackets), or an ellipsis.
_SENTENCE_END = re.compile(r"""(?:\.|\.\.\.|…)["'”’)\]]*\Z""")
# Two sentences: a stop, space, a capital.
_INNER_STOP = re.compile(r"""[.!?]["'”’)]*\ +["'“‘]?[A-Z]""", re.VERBOSE)
_CAPTION = re.compile(r"""\b(?:Photo|Photos|Picture)\b\s*(?::|by\b|credit\b)|\(Photo""", re.I)
# A media tag after a headline: "(PHOTO)", "(VIDEO)", "[UPDATED]".
_MEDIA_TAG = re.compile(r"\s*[(\[](?:PHOTOS?|VIDEO|UPDATED|INFOGRAPHICS?)[)\]]\Z", re.I)
# A headline that quotes a speaker: 'Aliyev: "We are ready"'.
_QUOTE_HEADLINE = re.compile(r"""[A-Z][^:"“.]{1,40}:\ *["“][^"“”]+["”]\Z""")
# Marks of a sentence rather than a headline: a weekday, a reporting tail.
_WEEKDAY = re.compile(r"\bon\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # 'on Monday'
# ', Trend reports', ', the ministry said': a sentence that credits its source.
_REPORTING_TAIL = re.compile(r",\ [^,]{1,40}\ (?:reports|reported|informs|said|told\ \w+)\Z")

# --- trailers and junk -------------------------------------------------------
_TRAILER = re.compile(
    r"""
      Follow\ (?:us\b|@) .*                                   # 'Follow us on Twitter @...'
    | Source\ ?: \ *(?-i:["“A-Z]) .{0,80}                           # 'Source: Foreign Ministry'
    | [-–—_=*~]{2,}                                           # '--', '____'
    | (?:<[^<>]{0,40}>\s*)+                                   # '<p></p>'
    | (?:©|\(c\)\ |Copyright\b) .*                            # copyright lines
    | /\ ?[A-Z][\w.\ ]{0,30}/                                 # '/AZERTAC/'
    | \(? (?:Reporting|Writing|Editing|Additional\ reporting)\ by\b [^.]{0,120} \)?   # wire credits
    | \(? With\ (?:additional\ )?inputs?\ from\b [^.]{0,60} \)?   # 'With input from Agencies'
    | (?:Subscribe|Join)\ (?:to\ )?our\b .{0,80}                  # 'Subscribe to our channel'
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CLOSING_CREDIT = re.compile(r"(?P<name>\S.*?)\ +News\ Author\s*\Z", re.VERBOSE)
_JUNK = re.compile(
    r"""
      .* \b\d+\ ?px\b .*                              # font-size widgets: '+ ↺ − 16 px'
    | .* [↺☰] .*                                      # widget icons
    | [^\w]+                                          # nothing but symbols
    | (?:Read\ more|Read\ also|Also\ read|Related|See\ also)\ ?: .{0,160}   # link lines
    | (?:Tags|Keywords|Topics)\ ?: .{0,160}                             # tag lists
    | (?:Share|Post|Send)\ (?:on|to|via|with)\ \w+(?:\ \w+)?            # 'Share on Facebook'
    | (?:👁|👀|Views?|Hits|Reads?|Viewed)\ *:?\ *\d[\d\ ,.]*(?:\ times)?  # 'Views: 1 204'
    | \d[\d\ ,.]*\ (?:views|reads|hits)                                 # '1204 views'
    | \d{1,3}(?:[\ ,.]?\d{3})*                                          # a bare counter
    | \(? (?:Photos?|Videos?) \)?                                       # '(Photo)'
    | (?:Photos?|Videos?)(?:\ credits?)?\ *(?::|by\b)\ *\S+(?:\ \S+){0,6}   # 'Photo: Azernews.az'
    | [A-Z]{2,}\d{8,}[A-Z0-9]*                                          # a syndication id
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A bulleted nav item: '• HOMEPAGE' (site chrome near the top or bottom of a page).
_NAV_ITEM = re.compile(r"[•·▪►▸»|+−*]\ *\S+(?:\ \S+){0,2}")
_DOMAIN = re.compile(r"\.[a-z]{2,3}\Z")  # 'uzdaily.com', 'azernews.az'
_NAV_SPLIT = re.compile(r"\s*[|•·]\s*")


def _is_junk(line: str, *, edge: bool = False) -> bool:
    """A line of site chrome: widgets, counters, share rows, photo credits, nav bars.

    ``edge`` lines stand among the header material or the trailer, where a
    short bulleted line is a nav item rather than an item of the article.
    """
    if _JUNK.fullmatch(line):
        return True
    lists = _boilerplate()
    nav = lists.nav
    folded = " ".join(line.casefold().split())
    if folded in nav or folded.rstrip(".") in lists.agencies:
        return True
    words = folded.split()
    if len(words) >= 2 and all(word in lists.social for word in words):
        return True
    if _NAV_ITEM.fullmatch(line) and (edge or line.isupper() or folded[1:].strip() in nav):
        return True
    parts = [part for part in _NAV_SPLIT.split(line) if part]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def _is_agency(name: str) -> bool:
    """An agency or outlet rather than a person: a known agency, one word, or a domain."""
    folded = name.casefold()
    return folded in _boilerplate().agencies or " " not in name.strip() or ".az" in folded


def _is_known_agency(name: str) -> bool:
    """A name in the agency list, an all-caps word or a domain (a credit, not a word)."""
    folded = name.casefold()
    return folded in _boilerplate().agencies or name.isupper() or bool(_DOMAIN.search(folded))


def _is_desk(name: str) -> bool:
    return bool(_DESK.fullmatch(name))


def _is_name(part: str) -> bool:
    """Capitalised words (particles allowed), one to five: a person, an outlet or a role."""
    words = part.split()
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        if word in _boilerplate().particles:
            continue
        if not (word[0].isupper() and all(c.isalpha() or c in "'’.-" for c in word)):
            return False
    return True


def _read_byline(line: str) -> tuple[str | None, str | None] | None:
    """The personal and agency names of a byline line, or None for no byline.

    >>> _read_byline("By Amina Nazarli - Trend:")
    ('Amina Nazarli', 'Trend')
    >>> _read_byline("By Khaleeq Ahmed, Staff Reporter")
    ('Khaleeq Ahmed', None)
    >>> _read_byline("By the end of the year") is None
    True
    """
    match = _BY.match(line)
    if not match:
        return None
    if match["signed"]:  # a name before the publication stamp: the rest must be that stamp
        if not _TIMESTAMP.fullmatch(line[match.end() :]):
            return None
        names = match["signed"]
    else:
        names = match["names"]
    tail = _BYLINE_TAIL.search(names)
    if tail and tail.start() > 0:
        names = names[: tail.start()]
    names = " ".join(names.split()).rstrip(":")
    parts = [part for part in _BYLINE_SPLIT.split(names) if part]
    persons: list[str] = []
    agencies: list[str] = []
    for part in parts:
        if _is_desk(part):
            continue
        if not _is_name(part):
            return None
        (agencies if _is_agency(part) else persons).append(part)
    agency = agencies[0] if agencies else None
    if len(persons) == len(parts):  # names only: kept as written ('A and B', 'A, B & C')
        return names, None
    if len(persons) > 1:
        return ", ".join(persons[:-1]) + " and " + persons[-1], agency
    return (persons[0] if persons else None), agency


def _looks_like_headline(text: str) -> bool:
    """A headline: short, title-like, no final full stop, one sentence, not a caption."""
    text = _MEDIA_TAG.sub("", text)
    words = text.split()
    if len(words) < 3 or len(words) > 20:
        return False
    if _QUOTE_HEADLINE.fullmatch(text):
        return True
    if _SENTENCE_END.search(text) or _INNER_STOP.search(text) or _CAPTION.search(text):
        return False
    if (
        text[0].islower()
        or text[-1] in ",;:-–—"
        or words[-1].casefold() in _boilerplate().open_ends
    ):
        return False
    if _REPORTING_TAIL.search(text) or (len(words) >= 8 and _WEEKDAY.search(text)):
        return False
    return not (text[-1] in "?!" and len(words) > 15)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@attrs.define
class _Page:
    """Metadata gathered from one page while its lines are sorted into header, body and trailer."""

    title: str | None = None
    dateline: str | None = None
    personal: str | None = None  # a personal byline
    agency: str | None = None  # an agency byline ('By Trend')
    credit: str | None = None  # a bare agency credit under a dateline ('Trend:')
    closing: str | None = None  # a closing '<Name> News Author' credit
    lead: str | None = None  # body text that stood on the header line

    def byline(self, names: tuple[str | None, str | None]) -> None:
        personal, agency = names
        self.personal = self.personal or personal
        self.agency = self.agency or agency

    def set_dateline(self, match: re.Match[str]) -> str | None:
        """Keep the dateline of a match; return the lead that followed it on its line."""
        self.dateline = match["dateline"].strip()
        groups = match.groupdict()
        lead = groups.get("lead") or groups.get("stop_lead") or ""
        return lead.strip() or None

    @property
    def author(self) -> str | None:
        return self.personal or self.closing or self.agency or self.credit


def _match_dateline(text: str) -> re.Match[str] | None:
    """A wire, place-and-date or upper-case dateline at the start of a line."""
    return _WIRE_DATELINE.match(text) or _DATELINE.match(text) or _CAPS_DATELINE.match(text)


def _read_header_rest(page: _Page, rest: str) -> None:
    """Sort the material after the header date into metadata or lead (shapes 1 to 15)."""
    match = _SYNDICATION.match(rest) or _AGENCY_SLASH.match(rest)
    if match:  # shape 13: the prefix goes; what follows is read like any header material
        rest = rest[match.end() :].strip()
    if not rest:
        return
    if (names := _read_byline(rest)) is not None:  # shapes 1, 2
        page.byline(names)
    elif _TIMESTAMP.match(rest) or _UPDATE_NOTE.match(rest) or _DESK.fullmatch(rest):
        return  # shapes 3, 14, 15
    elif _is_junk(rest, edge=True):
        return  # shapes 4, 12
    elif match := _match_dateline(rest):
        page.lead = page.set_dateline(match)  # shapes 5, 9, 10, 11
    elif _looks_like_headline(rest):
        page.title = rest  # shapes 6, 7
    elif len(rest.split()) >= 3 or _SENTENCE_END.search(rest):
        page.lead = rest  # shape 8: the first sentence (or a caption) stays in the body
    # else: one or two words without a stop (a section name): header material


def _is_header_noise(page: _Page, line: str) -> bool:
    """The headline again, a timestamp, an update note, a desk name or site junk."""
    if page.title and _norm(line) == _norm(page.title):
        return True
    if _TIMESTAMP.match(line) or _UPDATE_NOTE.match(line) or _DESK.fullmatch(line):
        return True
    return _is_junk(line, edge=True)


def _scan_header_material(page: _Page, lines: list[str], dropped: list[bool]) -> None:
    """Drop the header material at the top of the page (headline again, timestamps, bylines ...)."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > 8:
            return
        if (names := _read_byline(line)) is not None:
            page.byline(names)
        elif _is_header_noise(page, line):
            pass
        elif page.dateline is None and page.lead is None and (match := _match_dateline(line)):
            if lead := page.set_dateline(match):
                lines[index] = lead
                return
        elif (
            page.dateline is not None
            and (match := _CREDIT.match(line))
            and (match["name"] or _is_known_agency(match["agency"]))
        ):
            if match["name"]:
                page.byline(_read_byline(f"By {match['name']}") or (None, None))
            if not _is_desk(match["agency"]):
                page.credit = page.credit or match["agency"]
            if match["rest"]:
                lines[index] = match["rest"].strip()
                return
        else:
            _find_late_byline(page, lines, dropped, index)
            return
        dropped[index] = True


def _find_late_byline(page: _Page, lines: list[str], dropped: list[bool], start: int) -> None:
    """Shape 2: a personal byline a few lines below the start of the text."""
    seen = 0
    for index in range(start, len(lines)):
        if not lines[index]:
            continue
        seen += 1
        if seen > 3:
            return
        names = _read_byline(lines[index])
        if names is not None and names[0] is not None:
            page.byline(names)
            dropped[index] = True
            return


def _scan_trailer(page: _Page, lines: list[str], dropped: list[bool]) -> None:
    """Drop the trailer at the end of the page (follow-us lines, sources, signatures)."""
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or dropped[index]:
            continue
        seen += 1
        if seen > 8:
            return
        if (match := _CLOSING_CREDIT.match(line)) and _is_name(match["name"]):
            page.closing = page.closing or " ".join(match["name"].split())
        elif not (
            _TRAILER.fullmatch(line)
            or _DESK.fullmatch(line)
            or _TIMESTAMP.match(line)
            or _is_junk(line)
        ):
            return
        dropped[index] = True


def _drop_repeated_start(page: _Page, lines: list[str], dropped: list[bool]) -> None:
    """A header text that the first paragraph starts with (or continues) is that paragraph's start.

    A header line cut short ("... have agreed to") and repeated whole below is
    neither a title nor a lead of its own; nor is a header sentence whose next
    line goes on in lower case.
    """
    head = page.title or page.lead
    if head is None or page.dateline is not None:
        return
    if lines and lines[0][:1].islower():  # the header sentence wraps onto the next line
        page.lead, page.title = head, None
        return
    paragraph: list[str] = []
    for line, drop in zip(lines, dropped, strict=True):
        if line and not drop:
            paragraph.append(line)
        elif paragraph:
            break
    first, start = _norm(" ".join(paragraph)), _norm(_ELLIPSIS.sub("", head))
    if first != start and first.startswith(start):
        page.lead = page.title = None


def _body(page: _Page, lines: list[str], dropped: list[bool]) -> str:
    """Join the kept lines: blank or dropped lines end a paragraph; whitespace collapsed."""
    paragraphs: list[str] = []
    current: list[str] = [page.lead] if page.lead else []
    for line, drop in zip(lines, dropped, strict=True):
        if line and not drop and not _is_junk(line):
            current.append(line)
        elif current:
            paragraphs.append(" ".join(" ".join(current).split()))
            current = []
    if current:
        paragraphs.append(" ".join(" ".join(current).split()))
    return "\n\n".join(paragraphs)


def _read_page(block: list[tuple[int, str]], source: str) -> Article | ArticleParseError | None:
    """Turn the lines of one page into an Article (None for a page of blank lines)."""
    start = 0
    while start < len(block) and not block[start][1].strip():
        start += 1
    if start == len(block):
        return None
    first_number, first_line = block[start]
    page = _Page()
    published = None
    header = _HEADER.match(first_line)
    if header:
        try:
            published = dt.date.fromisoformat(header["date"])
        except ValueError as error:
            return ArticleParseError(
                f"expected a valid date in the header line ({error})",
                source=source,
                location=f"line {first_number}",
                text=first_line.strip(),
            )
        _read_header_rest(page, " ".join(header["rest"].split()))
        start += 1
    lines = [text.strip() for _, text in block[start:]]
    dropped = [False] * len(lines)
    _scan_header_material(page, lines, dropped)
    _scan_trailer(page, lines, dropped)
    _drop_repeated_start(page, lines, dropped)
    body = _body(page, lines, dropped)
    if not body:
        return ArticleParseError(
            "expected article text after the header material",
            source=source,
            location=f"line {first_number}",
            text=first_line.strip(),
        )
    return Article(
        published=published,
        author=page.author,
        title=page.title,
        body=body,
        dateline=page.dateline,
    )


def iter_crawl_items(lines: Iterable[str], *, source: str) -> Iterator[Article | ArticleParseError]:
    """Read pages from lines of crawled text, yielding each Article or the error that stopped it.

    A page ends at a ``---`` line or where the next header line starts.
    """
    block: list[tuple[int, str]] = []
    has_text = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if line.strip() == _SEPARATOR or (has_text and _HEADER.match(line)):
            item = _read_page(block, source)
            if item is not None:
                yield item
            block, has_text = [], False
            if line.strip() == _SEPARATOR:
                continue
        block.append((number, line))
        has_text = has_text or bool(line.strip())
    item = _read_page(block, source)
    if item is not None:
        yield item


def parse_crawled_text(text: str, *, source: str = "<string>") -> Iterator[Article]:
    r"""Read the articles of a text in the crawled format, one by one.

    Args:
        text: Pages in the crawled format (see ``spec/CRAWL_FORMAT.md``).
        source: The name used in errors (a file name).

    Yields:
        One :class:`~diplonews.models.Article` per page, with ``published``,
        ``author``, ``title`` and ``dateline`` read from the header material.

    Raises:
        ArticleParseError: For a header with an impossible date, or a page
            with no text besides header material; ``location`` is its line.

    >>> page = " date 2021-03-04 By Leyla Aliyeva\n\nThe ministers met in Baku.\n---\n"
    >>> [(a.published, a.author, a.title, a.body) for a in parse_crawled_text(page)]
    [(datetime.date(2021, 3, 4), 'Leyla Aliyeva', None, 'The ministers met in Baku.')]
    >>> page = " date 2020-07-25 BAKU, Azerbaijan, July 25\n\nTrend:\n\nTalks."
    >>> a = next(parse_crawled_text(page))
    >>> a.author, a.dateline, a.body
    ('Trend', 'BAKU, Azerbaijan, July 25', 'Talks.')
    >>> list(parse_crawled_text("\n---\n"))
    []
    >>> list(parse_crawled_text(" date 2021-02-30 By Leyla Aliyeva\n"))
    Traceback (most recent call last):
      ...
    diplonews.errors.ArticleParseError: <string>, line 1: expected a valid date in the header
    line (day is out of range for month): 'date 2021-02-30 By Leyla Aliyeva'

    .. versionadded:: 0.1.0
    """
    for item in iter_crawl_items(text.split("\n"), source=source):
        if isinstance(item, ArticleParseError):
            raise item
        yield item
