"""The visible evaluation sets as the naive-rule scripts read them, with a run's predictions.

``scripts/naive_meetings.py`` and ``scripts/naive_agreements.py`` both weigh a naive rule
against the library on every visible set: the same sets (those ``score_sets.py --hide``
keeps), the same texts, the same keys and the same reading of a ``score_sets.py`` (or
``hold.py``) output folder. This module is that shared reading; the unread sets are never
opened.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["ROOT", "VisibleSet", "score_sets_module", "visible_sets"]


def score_sets_module() -> ModuleType:
    """``scripts/score_sets.py`` of this tree, loaded as a module."""
    path = ROOT / "scripts" / "score_sets.py"
    spec = importlib.util.spec_from_file_location("score_sets", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bodies(sets_module: ModuleType, spec: Any) -> dict[str, str]:
    return {a.id: a.body for a in sets_module.set_articles(spec)}


# One visible set: its name, its kind (corpus, crawled, written, pages), its key by article,
# the bodies of its articles, and the run's predictions by article (whole records).
VisibleSet = tuple[str, str, dict[str, Any], dict[str, str], dict[str, dict[str, Any]]]


def visible_sets(run: Path, names: list[str]) -> Iterator[VisibleSet]:
    """Every visible set (or those of ``names``), with the predictions ``run`` holds for it."""
    sets_module = score_sets_module()
    scorer = sets_module._scorer()
    unread_cb = set(sets_module.UNREAD_CB.split(","))
    specs = sets_module.evaluation_sets(sets_module.UNREAD_FROM, unread_cb)
    corpus_bodies: dict[str, str] | None = None
    for name, (kind, _source, _key, _keep, unread) in specs.items():
        if unread or (names and name not in names):
            continue
        spec = specs[name]
        gold = sets_module.set_key(scorer, spec)
        if kind == "corpus":
            corpus_bodies = corpus_bodies or _bodies(sets_module, spec)
            bodies = corpus_bodies
        else:
            bodies = _bodies(sets_module, spec)
        predicted = {}
        with (run / (name.replace(":", "_") + ".jsonl")).open(encoding="utf-8") as rows:
            for row in rows:
                record = json.loads(row)
                predicted[record["id"]] = record
        yield name, kind, gold, bodies, predicted
