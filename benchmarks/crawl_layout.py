"""How many crawled pages change their output when only their layout changes.

    PYTHONPATH=src .venv/bin/python benchmarks/crawl_layout.py [--shared ../shared]
        [--pages tests/pages/read] [--only NAME,...] [--show N] [--jobs N]

Real crawls of the same outlets differ from our stand-in pages in layout
while the content stays the same: line endings, a byte-order mark, blank
lines, trailing blanks, the header line's other shapes (spec/CRAWL_FORMAT.md),
site junk lines between paragraphs, a cut-off last sentence, the ``---``
separator, several pages in one file, the headline repeated as the first
paragraph, paragraphs hard-wrapped at 80 columns. This script rewrites
every page of the crawled set (``<shared>/corpus/crawled/*.txt``) and of the
read pages (``tests/pages/read/*.txt``) each of these ways, reads and
extracts it, and reports per variation the pages whose output changes: the
records (meetings, agreements, trade records, without their evidence spans
and ids) and ``published``, ``author`` and ``title``.

It is a measurement, not a test: it reads the shared corpus at run time.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

_HEADER_PREFIX = " date "
_DROPPED = ("evidence", "id", "article_id")  # offsets into the body and hashes of it
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


# --- the page as header line + paragraphs --------------------------------------
def _split(text: str) -> tuple[str | None, list[str], bool]:
    """The header line (None if none), the paragraphs (lists of lines joined by '\n'), '---' end."""
    lines = text.split("\n")
    header = None
    if lines and lines[0].lstrip().startswith("date "):
        header, lines = lines[0], lines[1:]
        while lines and lines[0].strip():  # a header line wrapped onto the next lines
            header, lines = header + "\n" + lines[0], lines[1:]
    while lines and not lines[-1].strip():
        lines.pop()
    separator = bool(lines) and lines[-1].strip() == "---"
    if separator:
        lines.pop()
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return header, paragraphs, separator


def _join(header: str | None, paragraphs: Sequence[str], separator: bool) -> str:
    parts = ([header] if header is not None else []) + list(paragraphs)
    return "\n\n".join(parts) + ("\n---\n" if separator else "\n")


def _header_parts(header: str) -> tuple[str, str]:
    """' date 2021-03-04 By X' -> ('2021-03-04', 'By X')."""
    rest = header.lstrip()[len("date ") :].strip(" ")
    date, _, after = rest.partition(" ")
    return date, after.strip(" ")


# --- the variations -----------------------------------------------------------
def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def bom(text: str) -> str:
    return "\ufeff" + text


def trailing_blanks(text: str) -> str:
    tails = [" ", "\t", "  ", " \t "]
    return "\n".join(
        line + tails[n % len(tails)] if line else line for n, line in enumerate(text.split("\n"))
    )


def blank_doubled(text: str) -> str:
    header, paragraphs, sep = _split(text)
    if header is None:
        return "\n\n\n".join(paragraphs) + ("\n---\n" if sep else "\n")
    return header + "\n\n\n" + "\n\n\n".join(paragraphs) + ("\n---\n" if sep else "\n")


def blank_removed(text: str) -> str:
    header, paragraphs, sep = _split(text)
    parts = ([header] if header is not None else []) + paragraphs
    return "\n".join(parts) + ("\n---\n" if sep else "\n")


def _moved_header(text: str, new_rest: Callable[[str], str], title: str | None) -> str:
    """A headline on the header line (shapes 6, 7) moved below a header line of another shape.

    The headline keeps its layout: a blank line after it when the header
    line had one, the text on the next line when the text followed at once.
    """
    first, newline, after = text.partition("\n")
    if not first.startswith(_HEADER_PREFIX) or title is None:
        return text
    date, rest = _header_parts(first)
    if rest != title:
        return text
    head = f"{_HEADER_PREFIX}{date} {new_rest(date)}".rstrip()
    return f"{head}\n\n{rest}{newline}{after}"


def header_no_space(text: str) -> str:
    return text[1:] if text.startswith(_HEADER_PREFIX) else text


def header_junk(text: str, title: str | None) -> str:
    return _moved_header(text, lambda _: "+ ↺ − 16 px", title)  # shape 4


def header_stamp(text: str, title: str | None) -> str:
    def stamp(date: str) -> str:  # shape 3
        year, month, day = date.split("-")
        return f"{int(day)} {_MONTHS[int(month) - 1]} {year} 13:30 (UTC+04:00)"

    return _moved_header(text, stamp, title)


def header_nav(text: str, title: str | None) -> str:
    return _moved_header(text, lambda _: "  • HOMEPAGE", title)  # shape 12


def header_bare(text: str, title: str | None) -> str:
    return _moved_header(text, lambda _: "", title)  # nothing after the date


def _junk(line: str) -> Callable[[str], str]:
    def insert(text: str) -> str:
        header, paragraphs, sep = _split(text)
        if len(paragraphs) < 3:
            return text
        at = len(paragraphs) // 2
        return _join(header, [*paragraphs[:at], line, *paragraphs[at:]], sep)

    return insert


def cut_off(text: str) -> str:
    """The last sentence cut short, as an unfinished continuation of the last paragraph."""
    header, paragraphs, sep = _split(text)
    if not paragraphs or len(paragraphs[-1].split()) < 8 or paragraphs[-1][-1] not in '.!?"”':
        return text  # no prose paragraph last (a credit, a trailer): nothing to cut
    paragraphs[-1] += " It was also noted that the"
    return _join(header, paragraphs, sep)


def separator_missing(text: str) -> str:
    header, paragraphs, _ = _split(text)
    return _join(header, paragraphs, separator=False)


def separator_doubled(text: str) -> str:
    header, paragraphs, _ = _split(text)
    return _join(header, paragraphs, separator=True) + "---\n"


def headline_repeated(text: str, title: str | None) -> str:
    header, paragraphs, sep = _split(text)
    if title is None or header is None:
        return text
    return _join(header, [title, *paragraphs], sep)


def hard_wrapped(text: str) -> str:
    header, paragraphs, sep = _split(text)
    wrapped = [
        "\n".join(
            textwrap.fill(line, 80, break_long_words=False, break_on_hyphens=False)
            for line in paragraph.split("\n")
        )
        for paragraph in paragraphs
    ]
    return _join(header, wrapped, sep)


VARIATIONS: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "bom": bom,
    "trailing_blanks": trailing_blanks,
    "blank_doubled": blank_doubled,
    "blank_removed": blank_removed,
    "header_no_space": header_no_space,
    "junk_follow": _junk("Follow us on Telegram"),
    "junk_join": _junk("Join our WhatsApp channel for the latest news"),
    "junk_read_more": _junk("Read more: Minister attends opening of new school"),
    "junk_share": _junk("Share"),
    "junk_advert": _junk("Advertisement"),
    "junk_caption": _junk("Photo: press service"),
    "junk_subscribe": _junk("Subscribe"),
    "cut_off": cut_off,
    "separator_missing": separator_missing,
    "separator_doubled": separator_doubled,
    "hard_wrapped": hard_wrapped,
}
# These need the page's own title, or a second page ('two_pages', 'two_pages_sep').
WITH_TITLE: dict[str, Callable[[str, str | None], str]] = {
    "header_junk": header_junk,
    "header_stamp": header_stamp,
    "header_nav": header_nav,
    "header_bare": header_bare,
    "headline_repeated": headline_repeated,
}
SPECIAL = (*WITH_TITLE, "two_pages", "two_pages_sep")


# --- reading and comparing ---------------------------------------------------------
def _outputs(text: str) -> list[dict[str, object]]:
    """published, author, title and the records (no evidence, no ids) of each page of a text."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        articles = list(read_articles(path, input_format="crawl", errors="skip"))
    out = []
    for article in articles:
        result = json.loads(to_json(extract(article)))
        records = {}
        for kind in ("meetings", "agreements", "trade_records"):
            rows = []
            for record in result[kind]:
                rows.append(
                    json.dumps(
                        {k: v for k, v in record.items() if k not in _DROPPED},
                        sort_keys=True,
                    )
                )
            records[kind] = sorted(rows)
        out.append(
            {
                "published": result["published"],
                "author": result["author"],
                "title": result["title"],
                **records,
            }
        )
    return out


def _diff(before: list[dict[str, object]], after: list[dict[str, object]]) -> list[str]:
    if len(before) != len(after):
        return [f"pages {len(before)} -> {len(after)}"]
    changes = []
    for one, two in zip(before, after, strict=True):
        for field, value in one.items():
            if two[field] != value:
                if isinstance(value, list):
                    changes.append(f"{field} {len(value)} -> {len(two[field])}")  # type: ignore[arg-type]
                else:
                    changes.append(f"{field} {value!r} -> {two[field]!r}")
    return changes


def _measure(job: tuple[str, str, str, str, list[str]]) -> list[tuple[str, str, list[str]]]:
    name, text, _, next_text, wanted = job
    base = _outputs(text)
    found = []
    for variation in wanted:
        if variation in WITH_TITLE:
            title = base[0]["title"] if len(base) == 1 else None
            changed = WITH_TITLE[variation](text, title if isinstance(title, str) else None)
            expected = base
        elif variation in ("two_pages", "two_pages_sep"):
            sep = variation == "two_pages_sep"
            first = separator_missing(text) if not sep else _with_separator(text)
            changed = first + next_text
            expected = base + _outputs(next_text)
        else:
            changed = VARIATIONS[variation](text)
            expected = base
        if changed == text and variation not in ("two_pages", "two_pages_sep"):
            continue
        diff = _diff(expected, _outputs(changed))
        if diff:
            found.append((variation, name, diff))
    return found


def _with_separator(text: str) -> str:
    header, paragraphs, _ = _split(text)
    return _join(header, paragraphs, separator=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--pages", default="tests/pages/read")
    parser.add_argument("--only", default="", help="comma-separated variations (default: all)")
    parser.add_argument("--show", type=int, default=5, help="changes shown per variation")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", help="write every change to this file")
    args = parser.parse_args(argv)
    files = sorted(Path(args.shared, "corpus", "crawled").glob("*.txt"))
    files += sorted(Path(args.pages).glob("*.txt"))
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    wanted = args.only.split(",") if args.only else [*VARIATIONS, *SPECIAL]
    jobs = [
        (name, text, *texts[(n + 1) % len(texts)], wanted) for n, (name, text) in enumerate(texts)
    ]
    by_variation: dict[str, list[tuple[str, list[str]]]] = {v: [] for v in wanted}
    with ProcessPoolExecutor(args.jobs) as pool:
        for found in pool.map(_measure, jobs, chunksize=8):
            for variation, name, diff in found:
                by_variation[variation].append((name, diff))
    print(f"{len(texts)} pages")
    for variation in wanted:
        changed = by_variation[variation]
        print(f"{variation:20s} {len(changed):4d} pages change")
        for name, diff in changed[: args.show]:
            print(f"    {name}: {'; '.join(diff)}")
    if args.json:
        Path(args.json).write_text(json.dumps(by_variation, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
