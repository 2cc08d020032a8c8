"""``scripts/score_sets.py``: every written article in one set, unread sets marked, moves found.

The script's ``run`` extracts every evaluation set (a minute of CPU), so the suite tests
what decides the estimate's honesty and the comparison: how the sets are cut and which are
marked unread (``--hide`` leaves those out), and that ``compare`` reports a moved prediction
but not a tree's path. The compared runs are written here, in a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_sets.py"
WRITTEN_KEY = Path(__file__).resolve().parent / "holdout" / "written" / "key.jsonl"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("score_sets_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_written_article_is_in_exactly_one_set() -> None:
    """The written sets of thirty cover every keyed article once."""
    sets = _script().evaluation_sets(1561, set())
    ids = [json.loads(line)["id"] for line in WRITTEN_KEY.read_text("utf-8").splitlines()]
    placed = [i for name, spec in sets.items() if name.startswith("W") for i in spec[3]]
    assert sorted(placed) == sorted(ids)


@pytest.mark.parametrize(
    ("name", "unread"),
    [
        ("W1531-1560", False),
        ("W1561-1590", True),
        ("W1-30", False),
        ("cb19", True),
        ("cb18", False),
        ("pgu:C", True),
        ("pgr:a", False),
        ("dev", False),
    ],
)
def test_unread_sets_are_marked(name: str, unread: bool) -> None:
    """Written sets from ``unread_from``, the named corpus keys and unread pages are unread."""
    sets = _script().evaluation_sets(1561, {"19", "27"})
    assert sets[name][4] is unread


def _run_dir(root: Path, name: str, record: dict[str, Any], f1: float) -> Path:
    out = root / name
    out.mkdir()
    scores = {
        "_unread": [],
        "W1-30": {
            "meetings": f1,
            "agreements": 1.0,
            "trade_records": 1.0,
            "meetings_tpfpfn": [1, 0, 0] if f1 == 1.0 else [0, 1, 1],
            "agreements_tpfpfn": [0, 0, 0],
            "trade_records_tpfpfn": [0, 0, 0],
        },
    }
    (out / "scores.json").write_text(json.dumps(scores), "utf-8")
    (out / "W1-30.jsonl").write_text(json.dumps(record, sort_keys=True) + "\n", "utf-8")
    return out


def test_compare_reports_moved_predictions_not_tree_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A changed prediction is reported with its score; the same one under another tree is not."""
    script = _script()
    record = {"id": "W1", "source": "/a/tests/holdout/written/articles.jsonl", "meetings": []}
    same = dict(record, source="/b/tests/holdout/written/articles.jsonl")
    moved = dict(same, meetings=[{"kind": "call"}])
    base = _run_dir(tmp_path, "base", record, 1.0)
    script.compare(argparse.Namespace(a=base, b=_run_dir(tmp_path, "same", same, 1.0)))
    assert "differs" not in capsys.readouterr().out
    script.compare(argparse.Namespace(a=base, b=_run_dir(tmp_path, "moved", moved, 0.0)))
    out = capsys.readouterr().out
    assert "differs: W1-30.jsonl" in out
    assert "meeti 1.000->0.000 (-1.000)" in out
