"""Trailers, site junk and the body of a crawled page.

The trailer and junk lines of :mod:`diplonews.readers._crawl` (follow-us
lines, sources, copyright, share rows, counters, photo credits, nav bars),
the scan that drops the trailer, and the joining of the kept lines into the
body.
"""

from __future__ import annotations

from diplonews import _regex as re
from diplonews.readers._crawl_header import (
    DESK,
    ELLIPSIS,
    TIMESTAMP,
    Page,
    boilerplate,
    is_known_agency,
    is_name,
    norm,
    read_byline,
)

# --- trailers and junk -------------------------------------------------------
_TRAILER = re.compile(
    r"""
      Source\ ?: \ *(?-i:["“A-Z]) .{0,80}                           # 'Source: Foreign Ministry'
    | [-–—_=*~]{2,}                                           # '--', '____'
    | (?:<[^<>]{0,40}>\s*)+                                   # '<p></p>'
    | (?:©|\(c\)\ |Copyright\b) .*                            # copyright lines
    | /\ ?[A-Z][\w.\ ]{0,30}/                                 # '/AZERTAC/'
    | \(? (?:Reporting|Writing|Editing|Additional\ reporting)\ by\b [^.]{0,120} \)?   # wire credits
    | \(? With\ (?:additional\ )?inputs?\ from\b [^.]{0,60} \)?   # 'With input from Agencies'
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CLOSING_CREDIT = re.compile(r"(?P<name>\S.*?)\ +News\ Author\s*\Z", re.VERBOSE)
# A closing note about the writer: "Leyla Aliyeva works as a staff journalist at AzerNews; ...".
_BIO_CREDIT = re.compile(
    r"""
    (?P<name>[A-Z][^\s,;]*(?:\ [A-Z][^\s,;]*){1,3})           # the writer's name
    \ +(?:works|worked|is|has\ worked)\ +as\ +an?\ +          # 'works as a'
    (?:[a-z-]+\ +){0,2}                                     # 'staff', 'senior'
    (?:journalist|reporter|correspondent|editor|writer|columnist)\b .*
    """,
    re.VERBOSE,
)
# A wire credit naming the reporter or writer: "Reporting by Elif Sahin; Editing by ...".
_WIRE_CREDIT = re.compile(
    r"""
    \(? (?:Reporting|Writing|Written)\ by\ +        # 'Reporting by', 'Writing by'
    (?P<names>[^;()]+?)                             # the names
    (?: \s*;.* )? \)? \s*\Z                         # then maybe '; Editing by ...'
    """,
    re.VERBOSE,
)
# A wire dateline crediting its agency in capitals after the place: 'ASTANA. KAZINFORM'.
_AGENCY_DATELINE = re.compile(r"[A-Z][\w'’\-]*(?:\ [A-Z][\w'’\-]*)*\.\ +[A-Z]{3,}")
# A labelled credit: "Author: Leyla Aliyeva", or "Author:" alone with the name on the next line.
_AUTHOR_LABEL = re.compile(r"(?:Author|Written\ by|Reporter)s?\ ?:\ *(?P<name>.*)", re.VERBOSE)
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
    | (?:[A-Z]{3}\ +[-+]?\d+(?:[.,]\d+)?\ *[▲▼↑↓]?\ *)+                  # rates: 'USD 84.70'
    | (?:Go|Back|Return)\ to\ (?:the\ )?(?:main|home)\ ?(?:site|page)     # 'Go to the main site'
    # The site's prompts to follow or subscribe: junk wherever the crawl puts them, between
    # paragraphs as well as in the trailer ('Follow us on Telegram', 'Join our channel').
    | (?:Follow|Find)\ (?:us\b|@) .*                         # 'Follow us on Twitter @...'
    | (?:Subscribe|Join)\ (?:to\ )?our\b .{0,80}              # 'Subscribe to our channel'
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A bulleted nav item: '• HOMEPAGE' (site chrome near the top or bottom of a page).
_NAV_ITEM = re.compile(r"[•·▪►▸»|+−*]\ *\S+(?:\ \S+){0,2}")
_NAV_SPLIT = re.compile(r"\s*[|•·]\s*")


def is_junk(line: str, *, edge: bool = False) -> bool:
    """A line of site chrome: widgets, counters, share rows, photo credits, nav bars.

    ``edge`` lines stand among the header material or the trailer, where a
    short bulleted line is a nav item rather than an item of the article.
    """
    if _JUNK.fullmatch(line):
        return True
    if edge and _foreign_script(line):
        return True  # 'Qazaq TV Телерадиокомпания ...': the outlet's branding, not English text
    lists = boilerplate()
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


def _foreign_script(line: str) -> bool:
    """Whether most words of a line are in a script other than Latin (an English page's logo)."""
    words = line.split()
    foreign = sum(1 for word in words if any(c.isalpha() and ord(c) >= 0x370 for c in word))
    return bool(words) and 2 * foreign >= len(words)


def is_trailer_line(line: str) -> bool:
    """A line that may stand in a page's trailer: follow-us lines, sources, signatures, junk."""
    return bool(
        _TRAILER.fullmatch(line)
        or DESK.fullmatch(line)
        or TIMESTAMP.match(line)
        or is_junk(line)
        or _BIO_CREDIT.fullmatch(line)
        or ((match := _CLOSING_CREDIT.match(line)) and is_name(match["name"]))
    )


def scan_trailer(page: Page, lines: list[str], dropped: list[bool]) -> None:
    """Drop the trailer at the end of the page (follow-us lines, sources, signatures)."""
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or dropped[index]:
            continue
        seen += 1
        if seen > 8:
            return
        if seen == 1 and _is_signature(page, line):
            page.closing = page.closing or line  # 'ASTANA. KAZINFORM - ...' signed '<Name>'
        elif (match := _CLOSING_CREDIT.match(line) or _BIO_CREDIT.fullmatch(line)) and is_name(
            match["name"]
        ):
            page.closing = page.closing or " ".join(match["name"].split())
        elif name := _closing_byline(line):
            page.closing = page.closing or name  # 'By <name>' or 'Reporting by <name>' at the end
        elif not (
            _TRAILER.fullmatch(line)
            or DESK.fullmatch(line)
            or TIMESTAMP.match(line)
            or is_junk(line)
        ):
            return
        dropped[index] = True


def _is_signature(page: Page, line: str) -> bool:
    """A bare personal name ending a page whose dateline credits a wire agency in capitals."""
    return (
        page.dateline is not None
        and bool(_AGENCY_DATELINE.fullmatch(page.dateline))
        and 2 <= len(line.split()) <= 3
        and is_name(line)
        and not is_known_agency(line)
        and not DESK.fullmatch(line)
    )


def _closing_byline(line: str) -> str | None:
    """The personal name of a byline or a wire credit closing the page, or None."""
    match = _WIRE_CREDIT.match(line)
    names = read_byline(f"By {match['names']}" if match else line)
    return names[0] if names is not None else None


def scan_author_label(page: Page, lines: list[str], dropped: list[bool]) -> None:
    """A labelled credit near the end: "Author: Name", or "Author:" and the name below it."""
    kept = [index for index, line in enumerate(lines) if line][-8:]
    for at, index in enumerate(kept):
        match = _AUTHOR_LABEL.fullmatch(lines[index])
        if match is None:
            continue
        name, where = match["name"].strip(), [index]
        if not name and at + 1 < len(kept):
            name, where = lines[kept[at + 1]], [index, kept[at + 1]]
        if is_name(name) and len(name.split()) >= 2:
            page.closing = page.closing or " ".join(name.split())
            for line_index in where:
                dropped[line_index] = True
        return


def drop_repeated_start(page: Page, lines: list[str], dropped: list[bool]) -> None:
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
    first, start = norm(" ".join(paragraph)), norm(ELLIPSIS.sub("", head))
    if first != start and first.startswith(start):
        page.lead = page.title = None


# A line that ends a sentence, and a line that opens a paragraph (a capital, a digit, an
# opening quote or bracket): a line break between them ends the paragraph, as crawls that
# drop the blank lines put each paragraph on a line of its own.
_PARAGRAPH_END = re.compile(r"""[.!?]["'”’)\]]*\Z""")
PARAGRAPH_START = re.compile(r"""[A-Z0-9"“‘'(\[]""")
# An item of a list, which a line break before it sets apart as a paragraph of its own: a
# bullet or a dash, then a capital or a digit ('— Treaty on ...', '• MoU on ...').
_LIST_ITEM = re.compile(r"""[—–•▪·*-]\ +["“]?[A-Z0-9]""")


def _line_per_paragraph(lines: list[str], dropped: list[bool]) -> bool:
    """Whether the page's text (its kept lines, first to last) has no blank line in it."""
    kept = [index for index, line in enumerate(lines) if line and not dropped[index]]
    return bool(kept) and all(lines[kept[0] : kept[-1] + 1])


def _opens_paragraph(current: list[str], line: str) -> bool:
    """Whether a line starts a paragraph of its own after the lines of ``current``."""
    if _LIST_ITEM.match(line):
        return True
    ended = _PARAGRAPH_END.search(current[-1]) or _LIST_ITEM.match(current[0])
    return bool(ended and PARAGRAPH_START.match(line))


def join_body(page: Page, lines: list[str], dropped: list[bool]) -> str:
    """Join the kept lines: blank or dropped lines end a paragraph; whitespace collapsed.

    On a page with no blank line in its text (a crawl that dropped them puts
    each paragraph on a line of its own), a line break ends a paragraph too
    after a line that ends a sentence or an item of a list, before a line
    that opens one, and before an item of a list: the page is read as it is
    with blank lines between its paragraphs, while a text hard-wrapped
    mid-sentence stays one paragraph.
    """
    paragraphs: list[str] = []
    current: list[str] = [page.lead] if page.lead else []
    tight = _line_per_paragraph(lines, dropped)
    for line, drop in zip(lines, dropped, strict=True):
        if line and not drop and not is_junk(line):
            if tight and current and _opens_paragraph(current, line):
                paragraphs.append(" ".join(" ".join(current).split()))
                current = []
            current.append(line)
        elif current:
            paragraphs.append(" ".join(" ".join(current).split()))
            current = []
    if current:
        paragraphs.append(" ".join(" ".join(current).split()))
    return "\n\n".join(paragraphs)
