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
  A closing note on the writer (``<Name> works as a staff journalist at ...``),
  a labelled credit (``Author: <Name>``, or ``Author:`` over the name), a bare
  name above the page's timestamp, and ``<Name> Read more`` count as personal bylines.
  A byline is split at commas, dashes, bars and "and": agency parts
  (``, AzerNews``) and roles (``, Staff Reporter``) leave the personal name;
  a byline naming only a role (``By Staff Reporter``, ``By Our
  Correspondent``) gives no author; a section and date after the names
  (``in Nation on 2 February 2024``) are dropped. A bare outlet line
  (``Azernews.Az``) is site junk, not a credit. A byline after a dateline's
  dash (``ASTANA, 4 July 2024 - By <name>``, maybe after the outlet's credit)
  or just under its lead, ``<Name> |04.12.2023`` over the text, a bare name
  glued to the text just under the header, a closing ``By <name>`` or
  ``Reporting by <name>``, and a bare name ending a page datelined
  ``ASTANA. KAZINFORM - ...`` count as personal bylines;
* ``title`` is the headline on the header line (shapes 6 and 7; an outlet,
  desk or section name there, ``Anadolu Agency / Economy``, ``Kabar News
  Agency`` over a headline standing alone, is none), or the
  headline-like text after a dateline on it, or, under a header line with no
  page text (a timestamp, a clock, site junk, an outlet's branding in another
  script, a section word), a headline line standing alone below it; else None.
  A header text ending in a preposition or article, crediting its source
  (``..., Trend reports``), long and naming a weekday (``on Monday``),
  continued in lower case on the next line, repeated whole as the start of
  the first paragraph, or opening with an article and holding an auxiliary
  ("A concert will be held ...") is a first sentence, not a headline. A
  headline line stands alone when a blank line, the site's timestamp line
  (``- 14:20``, ``Politics | 9 April 2025 15:22``) or, on a page laid out one
  paragraph per line, a line opening a new paragraph follows it;
* ``dateline`` is the dateline (``BAKU, Azerbaijan, July 25``,
  ``Baku. 7 March. REPORT.AZ/``, ``ISLAMABAD, Aug 9 (APP)``), kept out of
  the body;
* the body is the page text without header material, trailer and junk
  lines (share rows, view counters, photo credits, "Read more:" links, tag
  lists, syndication ids); a first sentence or lead on the header line
  (shapes 8, 9, 10, 13) stays in the body. Paragraphs are joined with a blank
  line and the whitespace inside a paragraph is collapsed to single spaces;
  on a page without blank lines, a line break after a sentence's end before
  a capital, or before a list item ("— Treaty on ..."), ends a paragraph.
  Site prompts ("Follow us on ...", "Subscribe to our ...") are junk wherever
  they stand.
  Lines that may be prose (a bulleted item, "Updated ..." or "Source: ..."
  in a sentence) are kept: losing article text is worse than keeping junk.
  A block after a page's ``---`` line that holds only trailer lines is no page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from diplonews import _regex as re
from diplonews.errors import ArticleParseError
from diplonews.models import Article
from diplonews.readers._crawl_body import (
    PARAGRAPH_START,
    drop_repeated_start,
    is_junk,
    is_trailer_line,
    join_body,
    scan_author_label,
    scan_trailer,
)
from diplonews.readers._crawl_header import (
    AGENCY_SLASH,
    CAPTION,
    CLOCK,
    CREDIT,
    DESK,
    HEADER,
    SENTENCE_END,
    SEPARATOR,
    SYNDICATION,
    TIMESTAMP,
    UPDATE_NOTE,
    Page,
    is_desk,
    is_known_agency,
    is_name,
    is_outlet_line,
    looks_like_headline,
    match_dateline,
    norm,
    read_byline,
    read_lead_byline,
)

__all__ = ["iter_crawl_items", "parse_crawled_text"]

_BULLET = re.compile(r"[-–—•·]\ +")  # a list bullet before a line's text: '- 14:20'


def _read_header_rest(page: Page, rest: str) -> None:
    """Sort the material after the header date into metadata or lead (shapes 1 to 15)."""
    match = SYNDICATION.match(rest) or AGENCY_SLASH.match(rest)
    if match:  # shape 13: the prefix goes; what follows is read like any header material
        rest = rest[match.end() :].strip()
    if not rest:
        page.bare = not match
        return
    if (names := read_byline(rest)) is not None:  # shapes 1, 2
        page.byline(names)
    elif (
        TIMESTAMP.match(rest)
        or CLOCK.fullmatch(rest)
        or UPDATE_NOTE.match(rest)
        or DESK.fullmatch(rest)
    ):
        page.bare = True  # shapes 3, 14, 15: a headline may stand alone below
    elif is_junk(rest, edge=True) or is_outlet_line(rest):
        page.bare = True  # shapes 4, 12, 15: 'Anadolu Agency / Economy'
    elif match := match_dateline(rest):
        page.lead = page.set_dateline(match)  # shapes 5, 9, 10, 11
        if page.lead is not None and looks_like_headline(page.lead):
            page.title, page.lead = page.lead, None  # 'UZBEKISTAN, May 2 - President receives ...'
    elif looks_like_headline(rest):
        page.title = rest  # shapes 6, 7
    elif len(rest.split()) >= 3 or SENTENCE_END.search(rest):
        page.lead = rest  # shape 8: the first sentence (or a caption) stays in the body
    else:  # one or two words without a stop (a section name): header material
        page.bare = True


def _is_header_noise(page: Page, line: str) -> bool:
    """The headline again (maybe with a photo credit), a timestamp, a desk name or site junk."""
    if page.title and norm(line) == norm(page.title):
        return True
    if (
        page.title
        and norm(line).startswith(norm(page.title))
        and CAPTION.match(line[len(page.title) :].lstrip())
    ):
        return True  # the headline as a photo caption: '<headline> Photo: ...'
    if CLOCK.fullmatch(line):
        return True
    if TIMESTAMP.match(line) or UPDATE_NOTE.match(line) or DESK.fullmatch(line):
        return True
    return is_junk(line, edge=True)


def _scan_header_material(page: Page, lines: list[str], dropped: list[bool]) -> None:
    """Drop the header material at the top of the page (headline again, timestamps, bylines ...)."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > 8:
            return
        if seen == 1 and _outlet_above(page, lines, index):
            page.title, page.bare = None, True  # 'Kabar News Agency' over the headline
        if (names := read_byline(line)) is not None:
            page.byline(names)
        elif _is_header_noise(page, line):
            pass
        elif (names := _read_more_byline(line)) is not None:
            page.byline(names)  # 'Leyla Aliyeva Read more': the writer's name as a link
        elif _stands_alone(page, lines, index):
            page.title = line  # a headline alone under a header of timestamp or site junk
        elif page.title is not None and _above_timestamp(lines, index) and _is_personal(line):
            page.byline((line, None))  # a bare name above the page's timestamp: its writer
        elif seen == 1 and _name_over_text(page, lines, index):
            page.byline((line, None))  # a bare name glued to the text below the header: its writer
        elif page.dateline is None and page.lead is None and (match := match_dateline(line)):
            if lead := page.set_dateline(match):
                if (names := read_lead_byline(lead)) is not None:
                    page.byline(names)  # 'ASTANA, 4 July 2024 - By <name>' (the text stays)
                lines[index] = lead
                _find_late_byline(page, lines, dropped, index + 1)  # a byline under the lead
                return
        elif (
            page.dateline is not None
            and (match := CREDIT.match(line))
            and (match["name"] or is_known_agency(match["agency"]))
        ):
            if match["name"]:
                page.byline(read_byline(f"By {match['name']}") or (None, None))
            if not is_desk(match["agency"]):
                page.credit = page.credit or match["agency"]
            if match["rest"]:
                lines[index] = match["rest"].strip()
                return
        else:
            _find_late_byline(page, lines, dropped, index)
            return
        dropped[index] = True


def _stands_alone(page: Page, lines: list[str], index: int) -> bool:
    """A headline line alone (a blank line after it) just under a header line with no text."""
    return (
        page.bare
        and page.title is None
        and page.dateline is None
        and page.personal is None
        and page.agency is None
        and _alone_headline(lines, index)
    )


def _alone_headline(lines: list[str], index: int) -> bool:
    """A headline-like line ending its paragraph, the page going on below.

    A blank line ends it; with no blank line below, the site's timestamp line
    after it, or, on a page laid out one paragraph per line, a next line that
    opens a new paragraph rather than going on with the same sentence. A
    personal name glued to the text is a byline, not a headline.
    """
    line = lines[index]
    if index + 1 < len(lines) and lines[index + 1]:  # no blank line below
        glued = _tight_below(lines, index) or _is_stamp_line(lines[index + 1])
        if not glued or _is_personal(line):  # a bare name over the text is its writer's
            return False
    return (
        any(lines[index + 1 :])  # the page goes on: a lone line is its text, not a title
        and looks_like_headline(line)
        and not match_dateline(line)
    )


def _is_stamp_line(line: str) -> bool:
    """The page's timestamp, clock or section-and-timestamp line, maybe bulleted ('- 14:20').

    Sites print it right under the headline, with no blank line between them.
    """
    if bullet := _BULLET.match(line):
        line = line[bullet.end() :]
    return bool(TIMESTAMP.match(line) or CLOCK.fullmatch(line))


def _tight_below(lines: list[str], index: int) -> bool:
    """The page below the line has no blank line, and the next line opens a paragraph.

    Crawls that drop the blank lines between paragraphs put each paragraph on
    a line of its own; a line that starts in lower case continues a sentence
    (a text hard-wrapped at a width), so the line above it is not a headline.
    """
    below = lines[index + 1 :]
    while below and not below[-1]:
        below.pop()
    return all(below) and bool(PARAGRAPH_START.match(below[0]))


def _outlet_above(page: Page, lines: list[str], index: int) -> bool:
    """The header text is an outlet's name ('Kabar News Agency') over a headline standing alone."""
    return (
        page.title is not None
        and page.dateline is None
        and page.personal is None
        and page.agency is None
        and is_outlet_line(page.title, headline_below=True)
        and _alone_headline(lines, index)
    )


def _read_more_byline(line: str) -> tuple[str, None] | None:
    """A writer's name followed by a "Read more" link (to the writer's page), or None."""
    if not line.endswith(" Read more"):
        return None
    name = line[: -len(" Read more")].strip()
    return (name, None) if _is_personal(name) else None


def _above_timestamp(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and bool(TIMESTAMP.match(lines[index + 1]))


def _name_over_text(page: Page, lines: list[str], index: int) -> bool:
    """A personal name first under the header with the text straight below (no blank line)."""
    return (
        page.personal is None
        and index + 1 < len(lines)
        and bool(lines[index + 1])
        and _is_personal(lines[index])
        and not is_desk(lines[index])
    )


def _is_personal(line: str) -> bool:
    """Two to four capitalised words that are not an agency: a person's name."""
    words = line.split()
    return 2 <= len(words) <= 4 and is_name(line) and not is_known_agency(line)


def _find_late_byline(page: Page, lines: list[str], dropped: list[bool], start: int) -> None:
    """Shape 2: a personal byline a few lines below the start of the text."""
    seen = 0
    for index in range(start, len(lines)):
        if not lines[index]:
            continue
        seen += 1
        if seen > 3:
            return
        names = read_byline(lines[index])
        if names is not None and names[0] is not None:
            page.byline(names)
            dropped[index] = True
            return


def _read_page(block: list[tuple[int, str]], source: str) -> Article | ArticleParseError | None:
    """Turn the lines of one page into an Article (None for a page of blank lines)."""
    start = 0
    while start < len(block) and not block[start][1].strip():
        start += 1
    if start == len(block):
        return None
    first_number, first_line = block[start]
    page = Page()
    published = None
    header = HEADER.match(first_line)
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
    if not header and all(not line or is_trailer_line(line) for line in lines):
        return None  # a trailer after the page's '---' line ("Follow us on ..."): no page
    dropped = [False] * len(lines)
    _scan_header_material(page, lines, dropped)
    scan_trailer(page, lines, dropped)
    scan_author_label(page, lines, dropped)
    drop_repeated_start(page, lines, dropped)
    body = join_body(page, lines, dropped)
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
        source=source,
        line=first_number,
    )


def iter_crawl_items(lines: Iterable[str], *, source: str) -> Iterator[Article | ArticleParseError]:
    """Read pages from lines of crawled text, yielding each Article or the error that stopped it.

    A page ends at a ``---`` line or where the next header line starts.
    """
    block: list[tuple[int, str]] = []
    has_text = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if line.strip() == SEPARATOR or (has_text and HEADER.match(line)):
            item = _read_page(block, source)
            if item is not None:
                yield item
            block, has_text = [], False
            if line.strip() == SEPARATOR:
                continue
        block.append((number, line))
        has_text = has_text or bool(line.strip())
    item = _read_page(block, source)
    if item is not None:
        yield item


def parse_crawled_text(text: str, *, source: str = "<string>") -> Iterator[Article]:
    r"""Read the articles of a text in the crawled format, one by one.

    Args:
        text: Pages in the crawled text format (see the input formats page of the documentation).
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
