"""Interim dev loop: run the extractors over ../shared/corpus and write JSONL for score.py.

Usage: python scripts/dev_extract.py OUT.jsonl [--ids-from ../shared/gold/dev.jsonl]
(`diplonews extract` replaces this once the readers land.)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from dateutil import parser as dateparser

from diplonews.extract import extract
from diplonews.models import Article
from diplonews.serialization import to_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _published(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    if raw.isdigit():
        return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc).date()
    return dateparser.parse(
        raw[:20] if "-" in raw[:12] and raw[2:3] == "-" else raw, fuzzy=True
    ).date()


def main() -> None:
    out = Path(sys.argv[1])
    ids = None
    if "--ids-from" in sys.argv:
        gold = sys.argv[sys.argv.index("--ids-from") + 1]
        with open(gold, encoding="utf-8") as gold_file:
            ids = {json.loads(line)["id"] for line in gold_file}
    with (
        open(SHARED / "corpus" / "articles.jsonl", encoding="utf-8") as fh,
        open(out, "w", encoding="utf-8") as w,
    ):
        for line in fh:
            rec = json.loads(line)
            if ids is not None and rec["id"] not in ids:
                continue
            try:
                published = _published(rec["published"])
            except (ValueError, OverflowError):
                published = None
            art = Article(
                id=rec["id"],
                published=published,
                author=rec["author"],
                title=rec["title"],
                body=rec["text"],
                url=rec["url"],
                outlet=rec["outlet"],
            )
            w.write(to_json(extract(art)) + "\n")


if __name__ == "__main__":
    main()
