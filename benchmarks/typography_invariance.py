"""Which articles' records change when their typography changes but their meaning does not.

    .venv/bin/python benchmarks/typography_invariance.py [--jobs N] [--show N] [TRANSFORM ...]

Run from the repository root. It reads every *visible* evaluation set (the sets
``scripts/score_sets.py run --hide`` scores: dev and crawled from ``../shared``, the
read written articles, the read corpus blind keys and the read pages), rewrites each
article's text with one typographic variant at a time (straight vs curly quotes,
non-breaking and thin spaces around amounts and units, double spaces, hard line breaks,
dashes, "U.S." vs "US", ellipses, the headline's case, British vs American spelling),
extracts again and prints, per variant, the articles whose records change.

Records are compared on what the scorer reads (status, date, kind, countries, parties,
places, participants' names, titles, trade keys), with the variant folded out of their
strings, so an evidence offset that moves with the text is not a change.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ the variants
# Each takes (title, body) and returns them rewritten with the same meaning.
Text = tuple[str, str]

_WORD_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=s)'(?=\s)")
_OPEN_DOUBLE = re.compile(r'(^|(?<=[\s(\[—–-]))"')


def _curly(text: str) -> str:
    text = _WORD_APOSTROPHE.sub("’", text)
    text = _OPEN_DOUBLE.sub("“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|(?<=[\s(\[]))'", "‘", text)
    return text.replace("'", "’")


def _straight(text: str) -> str:
    return text.translate(str.maketrans("’‘“”", "''\"\""))


_CURRENCY_NUMBER = re.compile(r"(?<=[$€£¥₽₸₼])(?=\d)|(?<=\b[A-Z]{3}) (?=\d)")
_NUMBER_UNIT = re.compile(
    r"(?<=\d) (?=(?:million|billion|trillion|thousand|mln|bln|bn|percent|per\s+cent|tons?|tonnes?"
    r"|km|kilometres|kilometers|barrels|cubic|units?|%)\b|%)"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# A day or year and its month: "5 May", "May 5", "May 2024" (the month kept by the rewrite).
_NUMBER_MONTH = re.compile(rf"(?<=\d) (?={_MONTHS}\b)|(?P<month>\b{_MONTHS}) (?=\d)")


def _spaces(space: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        text = _CURRENCY_NUMBER.sub(space, text)
        text = _NUMBER_UNIT.sub(space, text)
        return _NUMBER_MONTH.sub(lambda m: (m.group("month") or "") + space, text)

    return rewrite


def _double_space(text: str) -> str:
    return re.sub(r"(?<=[.!?”\"]) (?=[A-Z“\"])", "  ", text)


def _wrap(text: str) -> str:
    out = []
    for paragraph in text.split("\n"):
        line = 0
        words = []
        for word in paragraph.split(" "):
            if line and line + len(word) > 72:
                words.append("\n" + word)
                line = len(word)
            else:
                words.append((" " if words else "") + word)
                line += len(word) + 1
        out.append("".join(words))
    return "\n".join(out)


_RANGE = re.compile(r"(?<=\d)-(?=\d)|(?<=\b(?:19|20)\d\d)-(?=\d\d\b)")


def _en_dashes(text: str) -> str:
    return _RANGE.sub("–", text).replace(" - ", " – ").replace(" — ", " – ")


def _em_dashes(text: str) -> str:
    return text.replace(" - ", " — ").replace(" – ", " — ")


# An aside within a sentence, between lower-case words: "the deal - signed in May - was".
_ASIDE = re.compile(r"(?<=[a-z,]) [-–—] (?=[a-z])")


def _em_dash_asides(text: str) -> str:
    return _ASIDE.sub("—", text)


def _hyphens(text: str) -> str:
    text = re.sub(r"(?<=\d)[–—](?=\d)", "-", text)
    return text.replace(" – ", " - ").replace(" — ", " - ").replace("—", " - ")


def _us_dots(text: str) -> str:
    return re.sub(r"\bUS\b\.?", "U.S.", text)  # "in the US." ends on the abbreviation's stop


def _us_plain(text: str) -> str:
    return re.sub(r"\bU\.S\.(?=\s+[a-z]|[,;:)’'”])|\bU\.S\.(?=\s+[A-Z])", "US", text)


def _ellipsis(text: str) -> str:
    return text.replace("...", "…")


def _three_dots(text: str) -> str:
    return text.replace("…", "...")


_SPELLING = {
    "programme": "program",
    "programmes": "programs",
    "organisation": "organization",
    "organisations": "organizations",
    "organised": "organized",
    "organise": "organize",
    "favour": "favor",
    "favourable": "favorable",
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
    "labour": "labor",
    "honour": "honor",
    "recognise": "recognize",
    "recognised": "recognized",
    "normalisation": "normalization",
    "authorised": "authorized",
    "finalise": "finalize",
    "finalised": "finalized",
    "prioritise": "prioritize",
    "emphasised": "emphasized",
    "realise": "realize",
    "utilisation": "utilization",
    "neighbouring": "neighboring",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "kilometres": "kilometers",
}


def _spell(table: dict[str, str]) -> Callable[[str], str]:
    words = re.compile(r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b", re.I)

    def rewrite(text: str) -> str:
        def one(match: re.Match[str]) -> str:
            word = match.group()
            new = table[word.lower()]
            if word.isupper():
                return new.upper()
            return new[0].upper() + new[1:] if word[0].isupper() else new

        return words.sub(one, text)

    return rewrite


_US_SPELLING = _SPELLING
_UK_SPELLING = {v: k for k, v in _SPELLING.items()}


def _upper_title(title: str, body: str) -> Text:
    return title.upper(), body


def _title_case(title: str, body: str) -> Text:
    return re.sub(r"\b[a-z]", lambda m: m.group().upper(), title), body


def _both(rewrite: Callable[[str], str]) -> Callable[[str, str], Text]:
    return lambda title, body: (rewrite(title), rewrite(body))


VARIANTS: dict[str, Callable[[str, str], Text]] = {
    "curly_quotes": _both(_curly),
    "straight_quotes": _both(_straight),
    "nbsp_amounts": _both(_spaces("\u00a0")),
    "thin_space_amounts": _both(_spaces("\u202f")),
    "double_space": _both(_double_space),
    "hard_wrap": lambda title, body: (title, _wrap(body)),
    "en_dashes": _both(_en_dashes),
    "em_dashes": _both(_em_dashes),
    "unspaced_em_asides": _both(_em_dash_asides),
    "dashes_to_hyphens": _both(_hyphens),
    "US_to_U.S.": _both(_us_dots),
    "U.S._to_US": _both(_us_plain),
    "ellipsis_char": _both(_ellipsis),
    "ellipsis_dots": _both(_three_dots),
    "headline_capitals": _upper_title,
    "headline_title_case": _title_case,
    "american_spelling": _both(_spell(_US_SPELLING)),
    "british_spelling": _both(_spell(_UK_SPELLING)),
}


# ------------------------------------------------------------------ comparing records
_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\u202f": " "}
    | {"…": "..."}
)


def _fold(value: Any) -> str:
    text = " ".join(str(value or "").translate(_FOLD).lower().split())
    text = text.replace("u.s.", "us")
    for uk, us in _SPELLING.items():
        text = re.sub(rf"\b{us}\b", uk, text)
    return text


def _view(
    result: dict[str, Any],
    scorer: ModuleType,
    *,
    fold: Callable[[Any], str] = _fold,
    person: Callable[[dict[str, Any]], Any] | None = None,
) -> tuple[Any, ...]:
    """What the scorer reads of one article's records, as a sorted tuple per type.

    ``fold`` folds the strings (titles, cities, names) before they are compared; ``person``
    is what is compared of a participant (by default its folded name). The sibling
    benchmarks pass their own: a fold of the swapped states, a participant's role and side.
    """

    def place(r: dict[str, Any]) -> str:
        loc = r.get("location")
        return fold(loc.get("city")) if isinstance(loc, dict) else ""

    def participant(p: dict[str, Any]) -> Any:
        return fold(p.get("name")) if person is None else person(p)

    meetings = sorted(
        repr(
            (
                r.get("status"),
                r.get("date"),
                r.get("kind"),
                sorted(r.get("countries") or []),
                place(r),
                fold(r.get("organization")).replace(".", ""),
                sorted(participant(p) for p in r.get("participants") or []),
            )
        )
        for r in result.get("meetings") or []
    )
    agreements = sorted(
        repr(
            (
                r.get("status"),
                r.get("date"),
                r.get("kind"),
                sorted(r.get("parties") or []),
                place(r),
                fold(r.get("title")),
            )
        )
        for r in result.get("agreements") or []
    )
    trade = sorted(repr(scorer.trade_key(r)) for r in result.get("trade_records") or [])
    return tuple(meetings), tuple(agreements), tuple(trade)


# ------------------------------------------------------------------ the run
def _articles() -> list[Any]:
    """Every article of a visible set, once."""
    score_sets = _module("score_sets", ROOT / "scripts" / "score_sets.py")
    scorer = _module("shared_score", SHARED / "eval" / "score.py")
    unread_cb = set(score_sets.UNREAD_CB.split(","))
    specs = score_sets.evaluation_sets(score_sets.UNREAD_FROM, unread_cb)
    seen: dict[tuple[str, str], Any] = {}
    for name, spec in specs.items():
        kind, unread = spec[0], spec[4]
        if unread:
            continue
        gold = score_sets.set_key(scorer, spec)
        articles = score_sets.set_articles(spec)
        for article in articles:
            if article.id in gold:
                seen.setdefault((name if kind != "corpus" else "corpus", article.id), article)
    return list(seen.values())


def _check(job: tuple[list[Any], list[str]]) -> list[tuple[str, str, bool]]:
    """(variant, article id, whether its records changed) for each variant that rewrites it."""
    articles, variants = job
    sys.path.insert(0, str(ROOT / "src"))
    import attrs  # noqa: PLC0415

    from diplonews.extract import extract  # noqa: PLC0415
    from diplonews.serialization import to_json  # noqa: PLC0415

    scorer = _module("shared_score", SHARED / "eval" / "score.py")
    found = []
    for article in articles:
        base = None  # extracted once, and only for an article some variant rewrites
        for name in variants:
            title, body = VARIANTS[name](article.title or "", article.body)
            if title == (article.title or "") and body == article.body:
                continue
            if base is None:
                base = _view(json.loads(to_json(extract(article))), scorer)
            variant = attrs.evolve(article, title=title or article.title, body=body)
            changed = _view(json.loads(to_json(extract(variant))), scorer) != base
            found.append((name, article.id, changed))
    return found


def main() -> None:
    """Print, per variant, how many articles it rewrites and whose records change, and which.

    The sibling benchmarks (number_date_invariance, state_name_invariance) put their own
    variants in ``VARIANTS`` (and their own ``_fold``) and run this.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", help=f"some of: {', '.join(VARIANTS)}")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=12, help="ids listed per variant")
    parser.add_argument("--out", type=Path, help="write every changed id, per variant, as JSON")
    args = parser.parse_args()
    variants = args.variants or list(VARIANTS)
    articles = _articles()
    chunks = [articles[i :: args.jobs * 4] for i in range(args.jobs * 4)]
    rewritten = dict.fromkeys(variants, 0)
    changed: dict[str, list[str]] = {name: [] for name in variants}
    with ProcessPoolExecutor(args.jobs) as pool:
        for found in pool.map(_check, [(chunk, variants) for chunk in chunks]):
            for name, aid, moved in found:
                rewritten[name] += 1
                if moved:
                    changed[name].append(aid)
    if args.out:
        args.out.write_text(json.dumps({k: sorted(v) for k, v in changed.items()}, indent=1))
    print(
        f"{len(articles)} articles; per variant: articles rewritten, articles whose records change"
    )
    for name in variants:
        ids = sorted(changed[name])
        shown = " ".join(ids[: args.show]) + (" ..." if len(ids) > args.show else "")
        print(f"{name:30s} {rewritten[name]:5d} {len(ids):4d}  {shown}")


if __name__ == "__main__":
    main()
