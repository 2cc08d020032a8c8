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
  else None. Datelines, syndication prefixes and desk names are never authors;
* ``title`` is the headline on the header line (shapes 6 and 7), else None;
* ``dateline`` is the dateline (``BAKU, Azerbaijan, July 25``,
  ``Baku. 7 March. REPORT.AZ/``), kept out of the body;
* the body is the page text without header material, trailer and junk
  lines; a first sentence or lead on the header line (shapes 8, 9, 10, 13)
  stays in the body. Paragraphs are joined with a blank line and the
  whitespace inside a paragraph is collapsed to single spaces.
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


@functools.cache
def _boilerplate() -> tuple[frozenset[str], frozenset[str]]:
    """Agency names and navigation words, casefolded.

    From ``gazetteer/data/crawl_boilerplate.json`` (hand-curated): ``agencies``
    are news agencies and outlets that appear in bylines and credits;
    ``nav_words`` are lines that are site chrome when they stand alone.
    """
    path = importlib.resources.files("diplonews.gazetteer") / "data" / "crawl_boilerplate.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    agencies = frozenset(name.casefold() for name in data["agencies"])
    nav = frozenset(" ".join(word.casefold().split()) for word in data["nav_words"])
    return agencies, nav


# --- building blocks --------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# One to four capitalised words: a city, a region or a country.
_PLACE = r"[A-Z][A-Za-zÀ-ÿ'’.\-]*(?:\ [A-Z][A-Za-zÀ-ÿ'’.\-]*){0,3}"
# "July 25", "Sept.20", "25 July", optionally ", 2021".
_DAY_MONTH = rf"(?:{_MONTH}\ ?\d{{1,2}}|\d{{1,2}}\ {_MONTH})(?:,?\ \d{{4}})?"
# A person's name: capitalised words (particles allowed), "and"/"," between names.
_NAME_WORD = r"(?:[A-Z][A-Za-zÀ-ÿ'’.\-]*|de|van|der|von|al|bin|ibn|la|le|da|del|el)"
_NAME = rf"[A-Z][A-Za-zÀ-ÿ'’.\-]*(?:\ {_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\ ?(?:,|and|&)\ {_NAME}){{0,3}}"
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
# Shapes 1 and 2 (and byline paragraphs): "By Leyla Aliyeva", "By Amina Nazarli - Trend:".
_BYLINE = re.compile(
    rf"""
    By:?\ +(?P<name>{_NAMES})                  # 'By' and one or more names
    (?:\ *(?:{_DASH}|,)\ *[A-Z][\w.]*:?)?      # optional ' - Trend:' / ', AzerNews'
    \s* \Z
    """,
    re.VERBOSE,
)
# Shape 5/6 credit under a dateline: "Trend:" or "By Amina Nazarli - Trend:", maybe the lead after.
_CREDIT = re.compile(
    rf"""
    (?:By\ +(?P<name>{_NAMES})\ *{_DASH}\ *)?   # optional personal byline and dash
    (?P<agency>[A-Z][\w.]*(?:\ [A-Z][\w.]*)?)   # the agency, one or two capitalised words
    \ ?:                                        # then a colon
    (?:\ +(?P<rest>\S.*))? \Z                   # and maybe the lead
    """,
    re.VERBOSE,
)
# Shape 3 and the section/timestamp line of shape 6: "7 June 2022 13:30 (UTC+04:00)",
# "Politics | 20 September 2021 14:05", "2021-09-20 14:05".
_TIMESTAMP = re.compile(
    rf"""
    (?:[A-Z][\w&]*(?:\ [\w&]+){{0,3}}\ *[|/•·,-]?\ *)?     # an optional section name
    (?:
        \d{{1,2}}\ {_MONTH},?\ \d{{4}}                     # 7 June 2022
      | {_MONTH}\ \d{{1,2}},\ \d{{4}}                      # June 7, 2022
      | \d{{4}}-\d{{2}}-\d{{2}} | \d{{2}}[./]\d{{2}}[./]\d{{4}}   # 2022-06-07, 07.06.2022
    )
    (?:,?\ *(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?:\ ?[AP]M)?)?     # the time
    (?:\ *\(\ *(?:UTC|GMT)[^)]*\))?                        # the zone note
    \s* \Z
    """,
    re.VERBOSE,
)
# Shape 14: "Details added (first version posted on 14:50)".
_UPDATE_NOTE = re.compile(
    r"""
    (?: Details\ added | Updated? | Adds\ details | Corrected | Refreshed ) \b  # the note,
    [^.]{0,60} \Z                                                          # short, no stop
    | .* \( first\ version\ posted [^)]* \) \s* \Z                        # or its tail
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Shape 15 and desk signatures: "World Bulletin / News Desk", "Web Desk", "Staff Reporter".
_DESK = re.compile(
    r"""
    (?:[A-Z][\w.&' ]{0,40}?\ *[/|,-]\ *)?            # an optional outlet name and separator
    (?:The\ )?(?:[A-Z][\w.]*\ ){0,2}                 # up to two qualifying words
    (?: Desk | Staff\ Report(?:er)? | Our\ Correspondent | Monitoring\ Report )
    \s* \Z
    """,
    re.VERBOSE,
)
# Shapes 5, 9 and 11: "BAKU, Azerbaijan, July 25", "Baku, February 23, AZERTAC",
# "UZBEKISTAN, August 22 - ...", alone or followed by a dash or colon and the lead.
_DATELINE = re.compile(
    rf"""
    (?P<dateline>
        {_PLACE} (?:,\ *{_PLACE})? ,\ *{_DAY_MONTH}   # place(s), then day and month
        (?: ,\ *[A-Z][A-Za-z.]+ )?                     # an agency: ', AZERTAC'
    )
    (?: \s*\Z | \ *(?:{_DASH}{{1,2}}|:)\ *(?P<lead>\S.*) )   # alone, or separator and lead
    """,
    re.VERBOSE,
)
# Shape 10: "Baku. 7 March. REPORT.AZ/ The ...".
_WIRE_DATELINE = re.compile(
    rf"""
    (?P<dateline>
        {_PLACE} \.\ * {_DAY_MONTH} \.?\ *    # 'Baku. 7 March.'
        [A-Z][A-Za-z]*(?:\.[A-Za-z]{{2,}})?/  # 'REPORT.AZ/'
    )
    \s* (?P<lead>.*)
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
# A sentence ends with a full stop (maybe inside quotes or brackets), or an ellipsis.
_SENTENCE_END = re.compile(r"""(?:\.|\.\.\.|…)["'”’)\]]*\Z""")
# Two sentences: a stop, space, a capital.
_INNER_STOP = re.compile(r"""[.!?]["'”’)]*\ +["'“‘]?[A-Z]""", re.VERBOSE)
_CAPTION = re.compile(r"""\b(?:Photo|Photos|Picture)\b\s*(?::|by\b|credit\b)|\(Photo""", re.I)

# --- trailers and junk -------------------------------------------------------
_TRAILER = re.compile(
    r"""
      Follow\ (?:us\b|@) .*                                   # 'Follow us on Twitter @...'
    | Source\ ?: \ *\S .{0,80}                                # 'Source: ...'
    | [-–—_=*~]{2,}                                           # '--', '____'
    | (?:<[^<>]{0,40}>\s*)+                                   # '<p></p>'
    | (?:©|\(c\)\ |Copyright\b) .*                            # copyright lines
    | (?:Read\ more|Read\ also|Also\ read|Related|See\ also)\ ?: .{0,120}   # link lists
    | /\ ?[A-Z][\w.\ ]{0,30}/                                 # '/AZERTAC/'
    | \(? (?:Reporting|Writing|Editing|Additional\ reporting)\ by\b [^.]{0,120} \)?   # wire credits
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CLOSING_CREDIT = re.compile(rf"(?P<name>{_NAME})\ +News\ Author\s*\Z", re.VERBOSE)
_JUNK = re.compile(
    r"""
      .* \b\d+\ ?px\b .*                              # font-size widgets: '+ ↺ − 16 px'
    | .* [↺☰] .*                                      # widget icons
    | [•·▪►▸»|+−*]\ *\S+(?:\ \S+){0,2}               # a bulleted nav item: '• HOMEPAGE'
    | [^\w]+                                          # nothing but symbols
    """,
    re.VERBOSE,
)
_NAV_SPLIT = re.compile(r"\s*[|•·]\s*")


def _is_junk(line: str) -> bool:
    """A line of site chrome: widgets, nav items, nav bars, symbol rows."""
    if _JUNK.fullmatch(line):
        return True
    nav = _boilerplate()[1]
    if " ".join(line.casefold().split()) in nav:
        return True
    parts = [part for part in _NAV_SPLIT.split(line) if part]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def _is_agency(name: str) -> bool:
    """An agency or outlet rather than a person: a known agency, one word, or a domain."""
    folded = name.casefold()
    return folded in _boilerplate()[0] or " " not in name.strip() or ".az" in folded


def _is_desk(name: str) -> bool:
    return bool(_DESK.fullmatch(name))


def _looks_like_headline(text: str) -> bool:
    """A headline: short, title-like, no final full stop, one sentence, not a caption."""
    words = text.split()
    if len(words) < 3 or len(words) > 20:
        return False
    if _SENTENCE_END.search(text) or _INNER_STOP.search(text) or _CAPTION.search(text):
        return False
    if text[0].islower() or text[-1] in ",;:-–—":
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

    def byline(self, name: str) -> None:
        name = " ".join(name.split())
        if _is_desk(name):
            return
        if _is_agency(name):
            self.agency = self.agency or name
        else:
            self.personal = self.personal or name

    @property
    def author(self) -> str | None:
        return self.personal or self.closing or self.agency or self.credit


def _read_header_rest(page: _Page, rest: str) -> None:
    """Sort the material after the header date into metadata or lead (shapes 1 to 15)."""
    match = _SYNDICATION.match(rest)
    if match:  # shape 13: the prefix goes; what follows is read like any header material
        rest = rest[match.end() :].strip()
    if not rest:
        return
    if match := _BYLINE.match(rest):  # shapes 1, 2
        page.byline(match["name"])
    elif _TIMESTAMP.match(rest) or _UPDATE_NOTE.match(rest) or _DESK.fullmatch(rest):
        return  # shapes 3, 14, 15
    elif _is_junk(rest):
        return  # shapes 4, 12
    elif (match := _WIRE_DATELINE.match(rest)) or (match := _DATELINE.match(rest)):
        page.dateline = match["dateline"]  # shapes 5, 9, 10, 11
        page.lead = (match["lead"] or "").strip() or None
    elif match := _CAPS_DATELINE.match(rest):
        page.dateline = match["dateline"]  # shape 9
        page.lead = match["lead"].strip()
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
    return _is_junk(line)


def _scan_header_material(page: _Page, lines: list[str], dropped: list[bool]) -> None:
    """Drop the header material at the top of the page (headline again, timestamps, bylines ...)."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > 8:
            return
        if _is_header_noise(page, line):
            pass
        elif match := _BYLINE.match(line):
            page.byline(match["name"])
        elif page.dateline is None and (
            (match := _WIRE_DATELINE.match(line)) or (match := _DATELINE.match(line))
        ):
            page.dateline = match["dateline"]
            if match["lead"] and match["lead"].strip():
                lines[index] = match["lead"].strip()
                return
        elif (
            page.dateline is not None
            and (match := _CREDIT.match(line))
            and (match["name"] or _is_agency(match["agency"]))
        ):
            if match["name"]:
                page.byline(match["name"])
            elif not _is_desk(match["agency"]):
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
        match = _BYLINE.match(lines[index])
        if match and not _is_agency(match["name"]) and not _is_desk(match["name"]):
            page.byline(match["name"])
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
        if match := _CLOSING_CREDIT.match(line):
            page.closing = page.closing or " ".join(match["name"].split())
        elif not (_TRAILER.fullmatch(line) or _DESK.fullmatch(line) or _is_junk(line)):
            return
        dropped[index] = True


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
