"""Regression floors on the developers' own pages in the crawled format (tests/pages/).

The pages and their keys are ours (see ``tests/pages/README.md``); they are read with the
library's own reader, ids from the file names, and scored with ``../shared/eval/score.py``.
Raise the floors when the scores rise; never lower them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from dev_scoring import scorer_module
from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

PAGES = Path(__file__).resolve().parent / "pages"

#: F1 floors per record type, per set of pages (folder, file-name prefixes). Each set keeps
#: its own floor so that adding pages never lowers the floor of the pages already there.
#: - p, h, t, u, v, f, g (``read``): read while writing rules; the g set's blind first look
#:   (rules of 2026-12-04 before that session's changes) was 0.836 / 0.640 / 0.736 F1.
#: - n, q (``read``): written blind on 2026-12-04 (second session), first look on that
#:   session's starting rules 0.829 / 0.694 / 0.876 (n) and 0.821 / 0.830 / 0.914 (q), then read.
#: - k (``read``): written blind at the end of the first 2026-12-04 session; scored only as
#:   numbers until the third session read it: 0.833 / 0.839 / 0.807 on the first session's
#:   final rules, 0.865 / 0.839 / 0.903 when its errors were first read.
#: - s (``read``): trade-heavy pages written blind in the second 2026-12-04 session, first
#:   look 0.786 / 0.800 / 0.841 on that session's starting rules (0.807 / 0.889 / 0.880 on its
#:   rules before the s trade errors were read); only their trade errors were read.
#: - r (``read`` since the third 2026-12-04 session): written blind during the second
#:   2026-12-04 session, after most of its changes; only its scores were looked at until the
#:   third session read it: 0.800 / 0.655 / 0.900 on the second session's starting rules,
#:   0.839 / 0.655 / 0.925 on its final rules, 0.857 / 0.672 / 0.925 when its errors were
#:   first read (the third session's merged rules of 06:57).
#: - w (``read`` w1-w20, ``unread`` w21-w30): written blind at the start of the third
#:   2026-12-04 session; first look on its starting rules 0.748 / 0.857 / 0.899 (w1-w20, then
#:   read) and 0.678 / 0.596 / 0.846 (w21-w30, only its scores are looked at).
#: - x (``read`` x1-x20, ``unread`` x21-x30): written blind in the same session by another
#:   writer, after w was read; first look on the session's starting rules 0.800 / 0.657 / 0.765
#:   (x1-x20, then read) and 0.746 / 0.667 / 0.906 (x21-x30, only its scores are looked at;
#:   one helper compared two variants of an agreements rule by x21-x30's agreements score).
#: - y (``read``): 20 meetings-heavy pages written blind at the end of the same session, after
#:   all its merges: 0.682 / 0.667 / 0.808 on the session's starting rules and 0.744 / 0.750 /
#:   0.808 on its merged rules, scored before anybody read them; then read.
#: - z (``read``): 20 more meetings-heavy pages by a fourth writer, after every merge of that
#:   session: 0.667 / 0.636 / 0.909 on its starting rules, 0.659 / 0.636 / 0.909 on its final
#:   ones, scored before anybody read them; then read.
#: - w21-w30 and x21-x30 were released for reading in the fourth 2026-12-04 session (their
#:   floors now cover w1-w30 and x1-x30 together, at that session's starting scores).
#: - a, b (``read`` a1-a30, b1-b30): written blind by two more writers at the start of the
#:   fourth 2026-12-04 session; first look on its starting rules 0.837 / 0.764 / 0.795
#:   (a1-a20), 0.771 / 0.873 / 0.879 (b1-b20) and 0.810 / 0.618 / 0.655 (a21-a30 with
#:   b21-b30, kept unread until the sixth session, then released; the floors cover a1-a30
#:   and b1-b30 together since).
#: - c, d (``read`` c1-c30, d1-d30): written blind by two more writers in the same session,
#:   c before any of its merges and d after those of 09:54 (c 0.748 / 0.603 / 0.724 and d
#:   0.764 / 0.600 / 0.804 on the session's starting rules); only their scores were looked
#:   at until the seventh session released d for reading (0.804 / 0.683 / 0.804 on its
#:   starting rules; c then 0.734 / 0.676 / 0.874), and c later in that session (0.752 /
#:   0.685 / 0.874 after its first merges).
#: - e (``read`` e1-e30): written blind by a fifth writer at the start of the fifth
#:   2026-12-04 session (0.850 / 0.706 / 0.881 on that session's starting rules); kept
#:   unread until the sixth, which read its errors once a newer set (m) existed.
#: - m (``read`` m1-m30; written as f1-f30, renamed apart from the read f pages): written
#:   blind by a sixth writer at the start of the sixth 2026-12-04 session (0.800 / 0.692 /
#:   0.910 on that session's starting rules); kept unread until the seventh, which released
#:   it for reading (0.800 / 0.692 / 0.915 on its starting rules).
#: - i (``read`` i1-i30): written blind by a seventh writer at the start of the seventh
#:   2026-12-04 session (0.809 / 0.871 / 0.829 on that session's starting rules and on its
#:   final ones); kept unread through it and released for reading in the eighth.
#: - j (``read`` j1-j30): written blind by an eighth writer at the start of the eighth
#:   2026-12-04 session (0.792 / 0.708 / 0.887 on that session's starting rules, 0.842 /
#:   0.761 / 0.887 on its final ones); kept unread through it and released for reading in
#:   the ninth, once l1-l30 existed.
#: - l (``read`` l1-l30): written blind by a ninth writer at the start of the ninth
#:   2026-12-04 session (0.890 / 0.838 / 0.830 on that session's starting rules; 0.884 /
#:   0.819 / 0.830 once three lines that matched shared texts were reworded; 0.884 / 0.830
#:   / 0.830 after its first merges); released for reading in the same session once o1-o30
#:   existed (0.917 / 0.868 / 0.915 after its readers).
#: - o (``read`` o1-o30): written blind by a tenth writer in the ninth 2026-12-04 session,
#:   after its first merges (0.862 / 0.829 / 0.774 on the session's starting rules, 0.862 /
#:   0.861 / 0.769 on its rules when it was written, and on the tenth session's starting
#:   rules); released for reading in the tenth session once A1-A30 existed (0.929 / 1.000 /
#:   0.955 after its readers).
#: - A (``read`` A1-A30): written blind by an eleventh writer at the start of the tenth
#:   2026-12-04 session (0.870 / 0.873 / 0.894 on that session's starting rules, its first
#:   look; 0.882 / 0.873 / 0.894 once a line that matched the seed page by a 10-word run
#:   was reworded by a helper blind to the library; 0.894 / 0.873 / 0.894 after the o
#:   readers' merges); released for reading in the same session once B1-B30 existed (0.917
#:   / 0.873 / 0.947 after its readers).
#: - B (``read`` B1-B30): written blind by a twelfth writer in the tenth 2026-12-04 session,
#:   after the o readers' merges (half of the pages are short: one to five sentences);
#:   0.818 / 0.800 / 0.863 on the rules of the hour it was written, the same after the A
#:   readers' merges; released for reading in the same session once C1-C30 existed (0.914
#:   / 1.000 / 0.979 after its readers).
#: - C (``unread`` C1-C30): written blind by a thirteenth writer late in the tenth
#:   2026-12-04 session, after the A readers' merges; only its scores are looked at (0.815 /
#:   0.696 / 0.863 on the rules of the hour it was written, b6c80fc; agreements 0.743 after
#:   the B readers' merges).
#: - D (``unread`` D1-D30): written blind by a fourteenth writer at the start of the
#:   eleventh session (2026-12-05); only its scores are looked at (0.855 / 0.810 / 0.899 on
#:   that session's starting rules, a172d5b, its first look; agreements 0.835 after the pooled
#:   agreements classes were merged).
#: - E and G (``unread`` E1-E30, G1-G30): written blind by a fifteenth and a sixteenth
#:   writer at the start of the fourteenth session (2026-12-05); only their scores are
#:   looked at (E 0.896 / 0.842 / 0.898, G 0.809 / 0.848 / 0.969 on that session's starting
#:   rules, d8e891a, their first looks; G 0.844 / 0.867 / 0.969 after that session's classes).
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("read", "phtuvfg"): {"meetings": 0.98, "agreements": 0.99, "trade_records": 1.00},
    ("read", "nq"): {"meetings": 0.96, "agreements": 0.98, "trade_records": 1.00},
    ("read", "k"): {"meetings": 1.00, "agreements": 1.00, "trade_records": 1.00},
    ("read", "s"): {"meetings": 0.90, "agreements": 1.00, "trade_records": 0.99},
    ("read", "r"): {"meetings": 0.97, "agreements": 0.90, "trade_records": 0.98},
    ("read", "w"): {"meetings": 0.95, "agreements": 0.97, "trade_records": 0.96},
    ("read", "x"): {"meetings": 0.93, "agreements": 1.00, "trade_records": 0.91},
    ("read", "y"): {"meetings": 0.93, "agreements": 0.90, "trade_records": 0.92},
    ("read", "z"): {"meetings": 0.87, "agreements": 1.00, "trade_records": 0.93},
    ("read", "a"): {"meetings": 0.94, "agreements": 0.95, "trade_records": 0.99},
    ("read", "b"): {"meetings": 0.90, "agreements": 0.93, "trade_records": 0.99},
    ("read", "e"): {"meetings": 0.96, "agreements": 0.92, "trade_records": 0.99},
    ("read", "c"): {"meetings": 0.91, "agreements": 0.89, "trade_records": 0.97},
    ("read", "d"): {"meetings": 0.96, "agreements": 0.95, "trade_records": 0.97},
    ("read", "m"): {"meetings": 0.98, "agreements": 0.98, "trade_records": 0.94},
    ("read", "i"): {"meetings": 1.00, "agreements": 1.00, "trade_records": 0.99},
    ("read", "j"): {"meetings": 0.95, "agreements": 0.98, "trade_records": 0.99},
    ("read", "l"): {"meetings": 0.93, "agreements": 0.93, "trade_records": 0.92},
    ("read", "o"): {"meetings": 0.96, "agreements": 1.00, "trade_records": 0.95},
    ("read", "A"): {"meetings": 0.97, "agreements": 0.94, "trade_records": 0.94},
    ("read", "B"): {"meetings": 0.94, "agreements": 1.00, "trade_records": 1.00},
    ("unread", "C"): {"meetings": 0.83, "agreements": 0.77, "trade_records": 0.87},
    ("unread", "D"): {"meetings": 0.87, "agreements": 0.90, "trade_records": 0.93},
    ("unread", "E"): {"meetings": 0.91, "agreements": 0.86, "trade_records": 0.93},
    ("unread", "G"): {"meetings": 0.85, "agreements": 0.86, "trade_records": 0.96},
    ("unread", "H"): {"meetings": 0.96, "agreements": 0.94, "trade_records": 0.95},
    ("unread", "J"): {"meetings": 0.86, "agreements": 0.82, "trade_records": 0.88},
}


@functools.cache
def _scores(folder: str, prefixes: str) -> dict[str, Any]:
    scorer = scorer_module()
    pages = PAGES / folder
    gold = {
        page: record
        for page, record in scorer.load(str(pages / "key.jsonl")).items()
        if page[0] in prefixes
    }
    predicted = {
        article.id: json.loads(to_json(extract(article)))
        for article in read_articles(
            sorted(p for p in pages.glob("*.txt") if p.name[0] in prefixes), id_from="filename"
        )
    }
    assert set(predicted) == set(gold), f"every page of {folder} ({prefixes}) has a key record"
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


@pytest.mark.parametrize(
    ("folder", "prefixes", "record_type", "floor"),
    [
        (folder, prefixes, kind, floor)
        for (folder, prefixes), floors in FLOORS.items()
        for kind, floor in floors.items()
    ],
)
def test_own_pages_f1_floor(folder: str, prefixes: str, record_type: str, floor: float) -> None:
    """F1 on each set of the developers' own pages stays at or above its floor."""
    assert _scores(folder, prefixes)[record_type]["f1"] >= floor


#: Accuracy floors of the crawled-format reader's metadata on the same pages: every read page
#: (set at the fourteenth session's reader classes: author 0.991, title 0.990) and the unread
#: ones pooled (scores only: author 0.942 and title 0.975 at their first looks, 0.983 and 0.975
#: after those classes).
METADATA_FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("read", "ABabcdefghijklmnopqrstuvwxyz"): {"published": 1.0, "author": 0.99, "title": 0.98},
    ("unread", "CDEG"): {"published": 1.0, "author": 0.98, "title": 0.97},
    ("unread", "HJ"): {"published": 1.0, "author": 1.0, "title": 0.98},
}


@pytest.mark.parametrize(
    ("folder", "prefixes", "field", "floor"),
    [
        (folder, prefixes, field, floor)
        for (folder, prefixes), floors in METADATA_FLOORS.items()
        for field, floor in floors.items()
    ],
)
def test_own_pages_metadata_floor(folder: str, prefixes: str, field: str, floor: float) -> None:
    """The reader's published date, author and title on the pages stay at or above their floors."""
    assert _scores(folder, prefixes)["metadata"][field] >= floor
