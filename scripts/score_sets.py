"""Score every evaluation set of the project at once, and compare two such runs.

    .venv/bin/python scripts/score_sets.py run OUTDIR [--hide] [--jobs N] [SET ...]
    .venv/bin/python scripts/score_sets.py compare OUTDIR_A OUTDIR_B

Run from the repository root (the package is imported from ``src/`` of the tree the
script sits in). ``run`` extracts and scores, with ``../shared/eval/score.py``, each set:

* ``dev`` (``../shared/gold/dev.jsonl``) and ``crawled`` (``gold/crawled-dev.jsonl``);
* ``W<a>-<b>``: the written articles of ``tests/holdout/written``, thirty at a time;
* ``cb<NN>``: the corpus blind keys of ``tests/holdout`` (texts from ``../shared/corpus``);
* ``pgr:<letter>`` and ``pgu:<letter>``: our pages of ``tests/pages/read`` and ``unread``;

and writes per set ``<set>.jsonl`` (the predictions), ``<set>.errors.txt`` (the scorer's
MISS and EXTRA lines), then ``scores.txt`` and ``scores.json`` with pooled rows.

``--hide`` leaves out the sets kept unread for the honest estimate (see the READMEs of
``tests/holdout`` and ``tests/pages``): the written articles from ``--unread-from`` on, the
corpus blind keys of ``--unread-cb`` and every unread page. Use it whenever errors may be
read. ``compare`` prints each set whose F1 or counts moved, the summed F1 of the sets both runs
scored and that neither marks unread, and the prediction files that differ (the articles'
source paths, which name the tree or the way to ../shared, are left out of the comparison).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = ("meetings", "agreements", "trade_records")
# (kind, where the texts are, the key, the ids or page letter kept, unread?)
SetSpec = tuple[str, str, str, Any, bool]
# The sets kept unread at present (the defaults of ``--unread-from`` and ``--unread-cb``, and
# what the naive-rule scripts leave out): move them when a set is released.
UNREAD_FROM = 2401
UNREAD_CB = "19,27,30"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {SHARED / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluation_sets(unread_from: int, unread_cb: set[str]) -> dict[str, SetSpec]:
    """Every set, by name."""
    sets: dict[str, SetSpec] = {
        "dev": ("corpus", "", str(SHARED / "gold/dev.jsonl"), None, False),
        "crawled": (
            "crawled",
            str(SHARED / "corpus/crawled"),
            str(SHARED / "gold/crawled-dev.jsonl"),
            None,
            False,
        ),
    }
    written = ROOT / "tests/holdout/written"
    with (written / "key.jsonl").open(encoding="utf-8") as lines:
        count = sum(1 for line in lines if line.strip())
    for a in range(1, count + 1, 30):
        b = min(a + 29, count)
        ids = sorted(f"W{i}" for i in range(a, b + 1))
        sets[f"W{a}-{b}"] = (
            "written",
            str(written / "articles.jsonl"),
            str(written / "key.jsonl"),
            ids,
            a >= unread_from,
        )
    for key in sorted((ROOT / "tests/holdout").glob("corpus-blind-*.jsonl")):
        number = key.stem.rsplit("-", 1)[-1]
        sets[f"cb{number}"] = ("corpus", "", str(key), None, number in unread_cb)
    for folder in ("read", "unread"):
        pages = ROOT / "tests/pages" / folder
        for letter in sorted({p.name[0] for p in pages.glob("*.txt")}):
            sets[f"pg{folder[0]}:{letter}"] = (
                "pages",
                str(pages),
                str(pages / "key.jsonl"),
                letter,
                folder == "unread",
            )
    return sets


def set_key(scorer: ModuleType, spec: SetSpec) -> dict[str, Any]:
    """The set's answers by article id: its key file, cut to the set's ids or page letter."""
    kind, _source, key, keep, _unread = spec
    gold: dict[str, Any] = scorer.load(key)
    if kind == "written":
        gold = {k: v for k, v in gold.items() if k in set(keep)}
    elif kind == "pages":
        gold = {k: v for k, v in gold.items() if k[0] == keep}
    return gold


def set_articles(spec: SetSpec) -> Iterable[Any]:
    """The articles the set's texts hold (all of the corpus for a corpus key), read by the
    package of this tree; keep those :func:`set_key` answers for."""
    kind, source, _key, keep, _unread = spec
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.readers import read_articles  # noqa: PLC0415 (the tree's own package)

    if kind == "corpus":
        return read_articles(SHARED / "corpus/articles.jsonl")
    if kind == "crawled":
        return read_articles(Path(source), id_from="filename")
    if kind == "written":
        return read_articles(Path(source))
    texts = sorted(p for p in Path(source).glob("*.txt") if p.name[0] == keep)
    return read_articles(texts, id_from="filename")


def _extract_set(job: tuple[str, SetSpec, str]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    name, spec, outdir = job
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.extract import extract  # noqa: PLC0415 (the tree's own package, per job)
    from diplonews.serialization import to_json  # noqa: PLC0415

    scorer = _scorer()
    gold = set_key(scorer, spec)
    articles = set_articles(spec)
    predicted = {a.id: json.loads(to_json(extract(a))) for a in articles if a.id in gold}
    if set(predicted) != set(gold):
        sys.exit(f"{name}: no article for {sorted(set(gold) - set(predicted))[:5]}")
    stem = Path(outdir) / name.replace(":", "_")
    errors = scorer.score(gold, predicted, show=1_000_000)["errors"]
    stem.with_suffix(".errors.txt").write_text("".join(e + "\n" for e in errors), "utf-8")
    with stem.with_suffix(".jsonl").open("w", encoding="utf-8") as out:
        for aid in sorted(predicted):
            out.write(json.dumps(predicted[aid], sort_keys=True) + "\n")
    return name, gold, predicted


def run(args: argparse.Namespace) -> None:
    """Extract and score the sets; write predictions, errors and scores to ``args.outdir``."""
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    specs = evaluation_sets(args.unread_from, set(args.unread_cb.split(",")))
    unknown = sorted(set(args.sets) - set(specs))
    if unknown:
        sys.exit(f"no such set: {', '.join(unknown)} (known: {', '.join(specs)})")
    jobs = [
        (name, spec, str(outdir))
        for name, spec in specs.items()
        if not (args.hide and spec[4]) and (not args.sets or name in args.sets)
    ]
    results: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    with ProcessPoolExecutor(args.jobs) as pool:
        for name, gold, predicted in pool.map(_extract_set, jobs):
            results[name] = (gold, predicted)
    scorer = _scorer()
    scores: dict[str, Any] = {"_unread": [n for n in results if specs[n][4]]}
    lines = []

    def row(name: str, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
        result = scorer.score(gold, predicted)
        scores[name] = {t: result[t]["f1"] for t in TYPES}
        scores[name].update(
            {f"{t}_tpfpfn": [result[t][k] for k in ("tp", "fp", "fn")] for t in TYPES}
        )
        cells = [
            f"{result[t]['f1']:.3f} ({result[t]['tp']}/{result[t]['fp']}/{result[t]['fn']})"
            for t in TYPES
        ]
        lines.append(f"{name:20s} " + " | ".join(f"{c:22s}" for c in cells))

    for name, (gold, predicted) in results.items():
        row(name, gold, predicted)
    pools = {
        "POOL_visible_nondev": [n for n in results if not specs[n][4] and n != "dev"],
        "POOL_cb_unread": [n for n in results if n.startswith("cb") and specs[n][4]],
        "POOL_W_unread": [n for n in results if n.startswith("W") and specs[n][4]],
        "POOL_pages_unread": [n for n in results if n.startswith("pgu")],
    }
    for label, names in pools.items():
        if names:
            gold_all: dict[str, Any] = {}
            predicted_all: dict[str, Any] = {}
            for n in names:
                gold_all.update(results[n][0])
                predicted_all.update(results[n][1])
            row(label, gold_all, predicted_all)
    (outdir / "scores.json").write_text(json.dumps(scores, indent=1), "utf-8")
    (outdir / "scores.txt").write_text("".join(line + "\n" for line in lines), "utf-8")
    print("\n".join(lines))


# The path of an article's source names the tree or the folder ../shared was reached by.
_SOURCE = re.compile(r'"source": "[^"]*"')


def compare(args: argparse.Namespace) -> None:
    """Print what moved between two runs of ``run``."""
    a = json.loads((args.a / "scores.json").read_text("utf-8"))
    b = json.loads((args.b / "scores.json").read_text("utf-8"))
    unread = set(a.get("_unread", [])) | set(b.get("_unread", []))
    sums = {t: [0.0, 0.0] for t in TYPES}
    for name in a:
        if name.startswith("_") or name not in b:
            continue
        if not name.startswith("POOL") and name not in unread:
            for t in TYPES:
                sums[t][0] += a[name][t]
                sums[t][1] += b[name][t]
        moved = [
            f"{t[:5]} {a[name][t]:.3f}->{b[name][t]:.3f} "
            f"{a[name][t + '_tpfpfn']}->{b[name][t + '_tpfpfn']}"
            for t in TYPES
            if a[name][t + "_tpfpfn"] != b[name][t + "_tpfpfn"]
        ]
        if moved:
            print(f"{name:20s} " + "; ".join(moved))
    print(
        "summed F1 of the sets both scored, unread ones left out: "
        + "  ".join(f"{t[:5]} {x:.3f}->{y:.3f} ({y - x:+.3f})" for t, (x, y) in sums.items())
    )
    for path in sorted(args.a.glob("*.jsonl")):
        other = args.b / path.name
        if not other.is_file():
            print(f"only in {args.a}: {path.name}")
        elif _SOURCE.sub("", path.read_text("utf-8")) != _SOURCE.sub("", other.read_text("utf-8")):
            print(f"differs: {path.name}")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run one of the two commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="extract and score every set")
    run_parser.add_argument("outdir", type=Path)
    run_parser.add_argument("sets", nargs="*", help="only these sets (default: all)")
    run_parser.add_argument("--hide", action="store_true", help="leave out the unread sets")
    run_parser.add_argument("--jobs", type=int, default=2)
    run_parser.add_argument("--unread-from", type=int, default=UNREAD_FROM, metavar="N")
    run_parser.add_argument("--unread-cb", default=UNREAD_CB, metavar="NN,NN")
    run_parser.set_defaults(func=run)
    compare_parser = commands.add_parser("compare", help="what moved between two runs")
    compare_parser.add_argument("a", type=Path)
    compare_parser.add_argument("b", type=Path)
    compare_parser.set_defaults(func=compare)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
