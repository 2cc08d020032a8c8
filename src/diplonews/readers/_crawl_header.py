"""Line shapes of the crawled format: header lines, bylines, datelines, headlines.

The word lists of ``crawl_boilerplate.json``, the regular expressions for
the header line and the header material (bylines, credits, timestamps,
update notes, desk names, datelines, headlines), the tests built on them,
and :class:`Page`, the metadata gathered from one page. Used by
:mod:`diplonews.readers._crawl`, which documents the format.
"""

from __future__ import annotations

import functools
import importlib.resources
import json

import attrs

from diplonews import _regex as re


@attrs.frozen
class _Words:
    """The word lists of ``crawl_boilerplate.json``, casefolded."""

    agencies: frozenset[str]
    nav: frozenset[str]
    social: frozenset[str]
    particles: frozenset[str]
    open_ends: frozenset[str]


@functools.cache
def boilerplate() -> _Words:
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
    (?:(?:,|\ -)?\ *(?:at\ )?                                    # ', at', ' -' then the time
       \[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?(?:\ ?[AaPp]\.?[Mm]\.?)?)?
    (?:\ *\(\ *(?:UTC|GMT)[^)]*\)                                # the zone: '(UTC+04:00)'
      | \ (?:UTC|GMT)(?:\ ?[+-]\d{{1,2}}(?::\d{{2}})?)?)?             #   or ' GMT'
"""
_DASH = r"[-–—]"

# --- header line --------------------------------------------------------------
HEADER = re.compile(
    r"""
    \ ?date [ \t]+                 # ' date ' at the very start of the line
    (?P<date>\d{4}-\d{2}-\d{2})    # the crawl date of publication
    (?= \s | $ )
    \s* (?P<rest>.*?) \s* $        # outlet-specific material (shapes 1 to 15)
    """,
    re.VERBOSE,
)
SEPARATOR = "---"  # a line holding only this ends a page

# Shape 13: "(MENAFN- AzerNews) The President ..." (a syndication prefix).
SYNDICATION = re.compile(
    r"""
    \( \s* [A-Z][A-Za-z.]* \s* - \s* [^()]{1,40} \) \s*   # '(MENAFN- AzerNews)'
    """,
    re.VERBOSE,
)
# An agency prefix with a slash and no place or date: "APP/ Pakistan and ...".
AGENCY_SLASH = re.compile(r"(?P<agency>[A-Z][A-Za-z.]{1,20})\ ?/\ +(?=[\"“A-Z])", re.VERBOSE)
# A byline: "By Leyla Aliyeva", "By Amina Nazarli - Trend:", "By A and B", "By X, Staff Reporter".
_BY = re.compile(
    r"""
      By:?\ +(?P<names>\S.{0,120}?):?\s*\Z                          # 'By Leyla Aliyeva'
    | (?P<signed>[A-Z][^|:]{2,60}?)\ *\|?\ *(?=(?:Published|Posted)\b)  # 'Name Published May 14'
    | (?P<barred>[A-Z][^|:]{2,60}?)\ *\|\ *(?=\d)                     # 'Name |04.12.2023'
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
CREDIT = re.compile(
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
TIMESTAMP = re.compile(
    rf"""
    (?:(?:Last\ Mod(?:ified)?|Published|Updated|Posted|Date)\ ?:?\ *)?   # a label
    (?:[A-Z][\w&]*(?:\ [A-Z][\w&]*){{0,2}}\ *[|/•·,-]?\ *)?   # an optional section name
    {_STAMP}
    (?:\ *[|,-]?\ *(?:Last\ )?Update[ds]?\b.*)?              # ' Updated a day ago'
    (?:\ *[-|–—]\ *[A-Z][\w]*(?:\.[A-Za-z]{{2,}})?)?          # ' - Today.Az' (the site)
    \s* \Z
    """,
    re.VERBOSE,
)
# Shape 14: "Details added (first version posted on 14:50)", "Updated: 14:55".
UPDATE_NOTE = re.compile(
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
DESK = re.compile(
    r"""
    (?:[A-Z][\w.&' ]{0,40}?\ *[/|,-]\ *)?            # an optional outlet name and separator
    (?:The\ |Our\ )?(?:[A-Z][\w.]*\ ){0,2}           # up to two qualifying words
    (?: [Dd]esk | Staff\ (?:Report(?:er)?|Writer|Correspondent) | Correspondents?
      | Reporters? | [A-Z][\w.]*\ [Rr]eport | Agencies | Editorial\ Board )   # 'Dawn Report'
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
    (?: \.?\s*\Z                                          # alone (maybe with a stop)
      | \ *(?:{_DASH}{{1,2}}|:)\ *(?P<lead>\S.*)           # or a dash or colon and lead
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
ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\Z")
# A sentence ends with a full stop (maybe inside quotes or brackets), or an ellipsis.
SENTENCE_END = re.compile(r"""(?:\.|\.\.\.|…)["'”’)\]]*\Z""")
# Two sentences: a stop, space, a capital (not the stop of an initial: 'U.S. Congress').
_INNER_STOP = re.compile(r"""(?<!\b[A-Z])[.!?]["'”’)]*\ +["'“‘]?[A-Z]""", re.VERBOSE)
CAPTION = re.compile(r"""\b(?:Photo|Photos|Picture)\b\s*(?::|by\b|credit\b)|\(Photo""", re.I)
# A media tag after a headline: "(PHOTO)", "(VIDEO)", "[UPDATED]".
_MEDIA_TAG = re.compile(r"\s*[(\[](?:PHOTOS?|VIDEO|UPDATED|INFOGRAPHICS?)[)\]]\Z", re.I)
# A headline that quotes a speaker: 'Aliyev: "We are ready"'.
_QUOTE_HEADLINE = re.compile(r"""[A-Z][^:"“.]{1,40}:\ *["“][^"“”]+["”]\Z""")
# Marks of a sentence rather than a headline: a weekday, a reporting tail.
_WEEKDAY = re.compile(r"\bon\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # 'on Monday'
# ', Trend reports', ', the ministry said': a sentence that credits its source.
_REPORTING_TAIL = re.compile(r",\ [^,]{1,40}\ (?:reports|reported|informs|said|told\ \w+)\Z")
_DOMAIN = re.compile(r"\.[a-z]{2,3}\Z")  # 'uzdaily.com', 'azernews.az'
# A sentence, not a headline: an article first and a finite auxiliary ("A concert will be held").
_ARTICLE_FIRST = re.compile(r"(?:A|An|The)\ ")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
# A time of day alone: '11:47' (a site's clock on the header line).
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _is_agency(name: str) -> bool:
    """An agency or outlet rather than a person: a known agency, one word, or a domain."""
    folded = name.casefold()
    return folded in boilerplate().agencies or " " not in name.strip() or ".az" in folded


def is_known_agency(name: str) -> bool:
    """A name in the agency list, an all-caps word or a domain (a credit, not a word)."""
    folded = name.casefold()
    return folded in boilerplate().agencies or name.isupper() or bool(_DOMAIN.search(folded))


def is_desk(name: str) -> bool:
    return bool(DESK.fullmatch(name))


# Between the parts of an outlet line: a spaced slash, bar or dash, or 'with'.
_OUTLET_SPLIT = re.compile(r"\s+(?:[/|–—-]+|with)\s+")
# A word of an outlet's or a section's name: capitalised, or a brand with digits ('24.KG').
_OUTLET_WORD = re.compile(r"[A-Z0-9][\w.'’&-]*")


def _is_name_part(part: str) -> bool:
    """An outlet, section or place name: one to five capitalised words, or a desk name."""
    words = part.split()
    if is_desk(part) or is_name(part):
        return True
    return 1 <= len(words) <= 5 and all(
        _OUTLET_WORD.fullmatch(word) and any(c.isupper() for c in word) for word in words
    )


def is_outlet_line(text: str, *, headline_below: bool = False) -> bool:
    """An outlet, desk or section name (maybe with a timestamp) rather than a headline.

    Parts joined by a slash, bar or dash ('Anadolu Agency / Economy',
    'Asia-Plus | 03/08/2021 11:42', 'Daily Sabah with AA') are names or
    timestamps; a name alone ('Kabar News Agency') counts only with a
    headline standing alone below it, as a title-case headline reads the same.

    >>> is_outlet_line("Anadolu Agency / Economy")
    True
    >>> is_outlet_line("Daily Sabah with AA")
    True
    >>> name = "Kabar News Agency"
    >>> is_outlet_line(name), is_outlet_line(name, headline_below=True)
    (False, True)
    >>> is_outlet_line("Aliyev, Erdogan hold talks in Ankara", headline_below=True)
    False
    """
    parts = _OUTLET_SPLIT.split(text)
    if len(parts) == 1:
        return headline_below and _is_name_part(text)
    return all(_is_name_part(part) or TIMESTAMP.fullmatch(part) for part in parts)


def is_name(part: str) -> bool:
    """Capitalised words (particles allowed), one to five: a person, an outlet or a role."""
    words = part.split()
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        if word in boilerplate().particles:
            continue
        if not (word[0].isupper() and all(c.isalpha() or c in "'’.-" for c in word)):
            return False
    return True


def read_byline(line: str) -> tuple[str | None, str | None] | None:
    """The personal and agency names of a byline line, or None for no byline.

    >>> read_byline("By Amina Nazarli - Trend:")
    ('Amina Nazarli', 'Trend')
    >>> read_byline("By Khaleeq Ahmed, Staff Reporter")
    ('Khaleeq Ahmed', None)
    >>> read_byline("By the end of the year") is None
    True
    """
    match = _BY.match(line)
    if not match:
        return None
    if match["signed"] or match["barred"]:  # a name before the stamp: the rest must be it
        if not TIMESTAMP.fullmatch(line[match.end() :]):
            return None
        names = match["signed"] or match["barred"]
        if match["barred"] and len(names.split()) < 2:
            return None  # 'Politics | 9 April 2025 15:22': a section over the stamp, not a writer
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
        if is_desk(part):
            continue
        if not is_name(part):
            return None
        (agencies if _is_agency(part) else persons).append(part)
    agency = agencies[0] if agencies else None
    if len(persons) == len(parts):  # names only: kept as written ('A and B', 'A, B & C')
        return names, None
    if len(persons) > 1:
        return ", ".join(persons[:-1]) + " and " + persons[-1], agency
    return (persons[0] if persons else None), agency


# A byline after an outlet's credit where a dateline's lead would stand:
# 'BISHKEK – 24.kg news agency, By Anna Kapushenko'.
_CREDITED_BYLINE = re.compile(r"(?P<credit>[^,]{1,40}),\ +(?P<byline>By:?\ .*)")


def read_lead_byline(lead: str) -> tuple[str | None, str | None] | None:
    """The names of a byline standing after a dateline and a dash, maybe after the outlet's credit.

    >>> read_lead_byline("By Aidana Yergaliyeva")
    ('Aidana Yergaliyeva', None)
    >>> read_lead_byline("24.kg news agency, By Anna Kapushenko")
    ('Anna Kapushenko', None)
    >>> read_lead_byline("By 2030 the two countries aim to double trade.") is None
    True
    """
    match = _CREDITED_BYLINE.fullmatch(lead)
    if match and len(match["credit"].split()) <= 4:
        return read_byline(match["byline"])
    return read_byline(lead)


def looks_like_headline(text: str) -> bool:
    """A headline: short, title-like, no final full stop, one sentence, not a caption."""
    text = _MEDIA_TAG.sub("", text)
    words = text.split()
    if len(words) < 3 or len(words) > 20:
        return False
    if _QUOTE_HEADLINE.fullmatch(text):
        return True
    if SENTENCE_END.search(text) or _INNER_STOP.search(text) or CAPTION.search(text):
        return False
    if text[0].islower() or text[-1] in ",;:-–—" or words[-1].casefold() in boilerplate().open_ends:
        return False
    if _REPORTING_TAIL.search(text) or (len(words) >= 8 and _WEEKDAY.search(text)):
        return False
    if _ARTICLE_FIRST.match(text) and _AUXILIARY.search(text):
        return False  # headlines drop articles and auxiliaries: "A festival will open on ..."
    return not (text[-1] in "?!" and len(words) > 15)


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


@attrs.define
class Page:
    """Metadata gathered from one page while its lines are sorted into header, body and trailer."""

    title: str | None = None
    dateline: str | None = None
    personal: str | None = None  # a personal byline
    agency: str | None = None  # an agency byline ('By Trend')
    credit: str | None = None  # a bare agency credit under a dateline ('Trend:')
    closing: str | None = None  # a closing '<Name> News Author' credit
    lead: str | None = None  # body text that stood on the header line
    bare: bool = False  # the header line held no text of the page (timestamp, junk, outlet)

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


def match_dateline(text: str) -> re.Match[str] | None:
    """A wire, place-and-date or upper-case dateline at the start of a line."""
    return _WIRE_DATELINE.match(text) or _DATELINE.match(text) or _CAPS_DATELINE.match(text)
